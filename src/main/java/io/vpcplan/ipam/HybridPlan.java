package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.Link;
import io.vpcplan.model.Design.OnPremises;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The design's on-premises sites as AWS-side resources for a hub: per site one Direct Connect
 * gateway (Network account) with a transit VIF per DX connection and an association with every
 * region's TGW whose allowed prefixes are the reaching segments' blocks there (the summaries the
 * planner makes, so on-premises learns a handful of prefixes); per VPN connection a customer
 * gateway and a VPN to the region's TGW. Ids are stable: dxgw/SITE, dxvif/SITE/REGION, cgw/SITE/REGION,
 * vpn/SITE/REGION; TGWs are tgw-REGION as the hub designer names them.
 */
final class HybridPlan {
  private HybridPlan() {}

  static Hybrid of(Design d, Map<String, Blocks> segmentBlocks, List<Vpc> vpcs) {
    if (d.onPremises().isEmpty()) return Hybrid.NONE;
    String account = d.connectivity().networkAccount().isEmpty() ? "network" : d.connectivity().networkAccount();
    Set<String> regions = new TreeSet<>();
    for (Vpc v : vpcs) regions.add(v.region());
    // the DX gateway's own ASN must differ from every TGW it may associate with: the hub numbers one
    // TGW per region from connectivity.asn, split-tgw one per environment and region, so keep clear of all
    Set<String> segments = new TreeSet<>();
    for (Vpc v : vpcs) segments.add(v.segment());
    Set<Long> taken = new TreeSet<>();
    for (int i = 0; i < regions.size() * Math.max(1, segments.size()); i++) taken.add(d.connectivity().asn() + i);
    for (OnPremises s : d.onPremises()) taken.add(s.asn());
    List<OnPremSite> sites = new ArrayList<>();
    List<CustomerGateway> cgws = new ArrayList<>();
    List<VpnConnection> vpns = new ArrayList<>();
    List<DxGateway> dxgws = new ArrayList<>();
    List<VirtualInterface> vifs = new ArrayList<>();
    long nextDxAsn = 65534;
    for (OnPremises s : d.onPremises()) {
      sites.add(new OnPremSite(s.name(), s.ranges(), s.asn(), s.reaches(), s.location()));
      boolean hasDx = false;
      long dxAsn = 0;
      int vlan = 100;
      for (Link l : s.connections()) {
        if (l.isDx()) {
          if (!hasDx) {
            dxAsn = l.asn();
            hasDx = true;
          }
          vifs.add(new VirtualInterface("dxvif/" + s.name() + "/" + l.region(), s.name() + "-" + l.region(), account,
              l.region(), "transit", "dxgw/" + s.name(), "", s.asn(), vlan++, "dxcon/" + s.name() + "/" + l.region(),
              l.bandwidthMbps(), s.name(), l.location()));
        } else {
          String cgw = "cgw/" + s.name() + "/" + l.region();
          cgws.add(new CustomerGateway(cgw, s.name() + "-" + l.region(), account, l.region(),
              l.asn() == 0 ? s.asn() : l.asn(), l.customerGatewayIp(), s.name(), l.location()));
          vpns.add(new VpnConnection("vpn/" + s.name() + "/" + l.region(), s.name() + "-" + l.region(), account,
              l.region(), cgw, "tgw-" + l.region(), "", l.staticRouting(), l.staticRouting() ? s.ranges() : List.of(), 2,
              s.name(), l.location()));
        }
      }
      if (!hasDx) continue;
      if (dxAsn == 0) {
        while (taken.contains(nextDxAsn)) nextDxAsn--;
        dxAsn = nextDxAsn--;
      }
      List<DxGateway.Association> assoc = new ArrayList<>();
      for (String r : regions) {
        List<Cidr> allowed = allowed(r, s.reaches(), segmentBlocks, vpcs);
        if (!allowed.isEmpty()) assoc.add(new DxGateway.Association("tgw-" + r, r, allowed));
      }
      dxgws.add(new DxGateway("dxgw/" + s.name(), s.name() + "-dxgw", account, dxAsn, assoc, s.location()));
    }
    return new Hybrid(sites, cgws, vpns, List.of(), dxgws, vifs);
  }

  /** The reaching segments' blocks in a region, plus any of their VPC blocks outside them (pinned, existing). */
  static List<Cidr> allowed(String region, List<String> reaches, Map<String, Blocks> segmentBlocks, List<Vpc> vpcs) {
    List<Cidr> out = new ArrayList<>();
    for (String seg : reaches) {
      Blocks b = segmentBlocks.get(region + "/" + seg);
      if (b != null) out.addAll(b.roots());
    }
    for (Vpc v : vpcs) {
      if (!v.region().equals(region) || !reaches.contains(v.segment())) continue;
      for (Cidr c : v.ipv4()) if (out.stream().noneMatch(o -> o.contains(c))) out.add(c);
    }
    out.sort(null);
    return List.copyOf(out);
  }
}
