package io.vpcplan.io;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.Link;
import io.vpcplan.model.Design.OnPremises;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Suggest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds {@code onPremises}: sites with their ranges (reserved for the planner), BGP ASN, the
 * segments that reach them and their Direct Connect / VPN connections per region.
 */
final class OnPremBinder {
  static final long DEFAULT_ASN = 65000;
  private static final Pattern BANDWIDTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(Mbps|Gbps)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

  private OnPremBinder() {}

  static List<OnPremises> sites(List<YNode> nodes, List<Pool> pools, List<Design.RegionDef> regions,
      List<Design.SegmentDef> segments) {
    Set<String> regionNames = new LinkedHashSet<>();
    regions.forEach(r -> regionNames.add(r.name()));
    Set<String> segNames = new LinkedHashSet<>();
    segments.forEach(s -> segNames.add(s.name()));
    List<OnPremises> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YNode n : nodes) {
      Fields f = new Fields(n, Set.of("name", "ranges", "asn", "reaches", "connections", "description"));
      String name = f.name("name");
      if (!names.add(name)) throw f.get("name").error("duplicate on-premises site '" + name + "'");
      List<Cidr> ranges = ranges(f, pools, out);
      long asn = asn(f.get("asn"), DEFAULT_ASN);
      List<String> reaches = f.texts("reaches");
      for (int i = 0; i < reaches.size(); i++) {
        if (!segNames.contains(reaches.get(i))) {
          throw DesignLoader.unknown(f.get("reaches").asList().get(i), "segment", reaches.get(i), segNames);
        }
      }
      List<Link> links = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (YNode c : f.list("connections")) {
        Link l = link(c, regionNames);
        if (!seen.add(l.type() + "/" + l.region())) {
          throw c.error("site '" + name + "' has two " + l.type() + " connections in " + l.region() + "; give one per type and region");
        }
        links.add(l);
      }
      out.add(new OnPremises(name, ranges, asn, reaches, links, n.location()));
    }
    return out;
  }

  private static List<Cidr> ranges(Fields f, List<Pool> pools, List<OnPremises> earlier) {
    List<YNode> nodes = f.required("ranges").asList();
    if (nodes.isEmpty()) throw f.get("ranges").error("give at least one range, e.g. [172.16.0.0/12]");
    List<Cidr> out = new ArrayList<>();
    for (YNode r : nodes) {
      Cidr c = Fields.parseCidr(r);
      for (Pool p : pools) {
        if (c.contains(p.cidr())) {
          throw r.error("on-premises range " + c + " covers all of pool '" + p.name() + "' (" + p.cidr()
              + "), so nothing could be allocated from it; narrow the range or remove the pool");
        }
      }
      for (OnPremises s : earlier) {
        for (Cidr o : s.ranges()) {
          if (o.overlaps(c)) throw r.error("range " + c + " overlaps " + o + " of site '" + s.name() + "'; sites must not share addresses");
        }
      }
      out.add(c);
    }
    return out;
  }

  private static Link link(YNode n, Set<String> regions) {
    Fields f = new Fields(n, Set.of("type", "region", "bandwidth", "customerGatewayIp", "asn", "static", "description"));
    String type = f.requiredText("type").toLowerCase(Locale.ROOT);
    if (!type.equals("dx") && !type.equals("vpn")) {
      throw f.get("type").error("'" + type + "' is not a connection type; use dx (Direct Connect) or vpn (Site-to-Site VPN)"
          + Suggest.hint(type, List.of("dx", "vpn")));
    }
    String region = f.requiredText("region");
    if (!regions.contains(region)) throw DesignLoader.unknown(f.get("region"), "region", region, regions);
    boolean dx = type.equals("dx");
    if (dx && !f.has("bandwidth")) throw f.required("bandwidth").error("a Direct Connect connection needs a bandwidth, e.g. 10Gbps");
    long mbps = f.has("bandwidth") ? bandwidth(f.get("bandwidth")) : 1250;
    String ip = f.text("customerGatewayIp", "");
    if (dx && !ip.isEmpty()) throw f.get("customerGatewayIp").error("a Direct Connect connection has no customer gateway; remove customerGatewayIp or use type: vpn");
    if (!dx && ip.isEmpty()) throw f.required("customerGatewayIp").error("must not be empty");
    if (!dx && !isIpv4(ip)) throw f.get("customerGatewayIp").error("'" + ip + "' is not an IPv4 address like 203.0.113.10");
    if (dx && f.has("static")) throw f.get("static").error("static routing applies to VPN only; Direct Connect always uses BGP");
    long asn = f.has("asn") ? asn(f.get("asn"), 0) : 0;
    return new Link(type, region, mbps, ip, asn, f.bool("static", false), n.location());
  }

  /** "10Gbps", "1.25Gbps", "500Mbps" → megabits per second. */
  static long bandwidth(YNode n) {
    Matcher m = BANDWIDTH.matcher(n.asText().strip());
    if (!m.matches()) throw n.error("'" + n.asText() + "' is not a bandwidth; write it like 10Gbps, 1.25Gbps or 500Mbps");
    double v = Double.parseDouble(m.group(1)) * (m.group(2).equalsIgnoreCase("Gbps") ? 1000 : 1);
    if (v < 1) throw n.error("bandwidth must be at least 1Mbps");
    return Math.round(v);
  }

  private static long asn(YNode n, long dflt) {
    if (n == null || n.isNull()) return dflt;
    String s = n.asText().strip();
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw n.error("'" + s + "' is not a BGP ASN; use a whole number such as 65000");
    }
    if (v < 1 || v > 4294967294L) throw n.error(v + " is out of range for a BGP ASN; use 1-4294967294 (private: 64512-65534)");
    return v;
  }

  private static boolean isIpv4(String s) {
    Matcher m = IPV4.matcher(s);
    if (!m.matches()) return false;
    for (int i = 1; i <= 4; i++) if (Integer.parseInt(m.group(i)) > 255) return false;
    return true;
  }
}
