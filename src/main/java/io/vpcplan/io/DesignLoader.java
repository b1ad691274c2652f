package io.vpcplan.io;

import io.vpcplan.model.Suggest;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Account;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.AccountDef;
import io.vpcplan.model.Design.ExistingVpc;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.RegionDef;
import io.vpcplan.model.Design.Reserved;
import io.vpcplan.model.Design.SegmentDef;
import io.vpcplan.model.Design.Tier;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Intent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a design YAML file into a validated {@link Design}; the first problem is an {@link InputException}. */
public final class DesignLoader {
  static final Set<String> TOP = Set.of("name", "description", "pools", "reserved", "regions", "segments",
      "profiles", "accounts", "existing", "intents", "growth", "connectivity", "quotas", "prices", "tags", "onPremises");

  private static final Set<String> ACCOUNT_KEYS = Set.of("name", "id", "ou", "environment", "vpcs", "description", "tags");

  private DesignLoader() {}

  public static Design load(Path file) {
    java.util.concurrent.FutureTask<Design> t = early;
    if (t != null && file.equals(earlyPath)) {
      early = null;
      try {
        return t.get();
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) throw r; // the same located error a load here would throw
        if (e.getCause() instanceof Error r) throw r;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return loadNow(file);
  }

  private static volatile java.util.concurrent.FutureTask<Design> early;
  private static volatile Path earlyPath;

  /**
   * Starts loading FILE on a thread of its own, for the {@link #load} of the same path that the
   * command makes once the command line is parsed: reading a large design overlaps the start-up.
   */
  public static void preload(Path file) {
    java.util.concurrent.FutureTask<Design> t = new java.util.concurrent.FutureTask<>(() -> loadNow(file));
    earlyPath = file;
    early = t;
    Thread th = new Thread(t, "design-preload");
    th.setDaemon(true);
    th.start();
  }

  private static Design loadNow(Path file) {
    if (java.nio.file.Files.isDirectory(file)) {
      throw new InputException(Location.of(file.toString()), "", "is a folder; give a design file");
    }
    return bind(file.toString(), YamlReader.read(file));
  }

  public static Design bind(String file, YNode root) {
    if (!root.isMap()) throw root.error("a design file is a mapping with keys such as pools, regions and accounts; found " + root.describe());
    Fields top = new Fields(root, TOP);
    List<Pool> pools = pools(top);
    List<Reserved> reserved = reserved(top, pools);
    List<RegionDef> regions = regions(top);
    List<SegmentDef> segments = segments(top);
    Map<String, Profile> profiles = profiles(top);
    List<AccountDef> accounts = new ArrayList<>();
    List<VpcDef> vpcs = new ArrayList<>();
    accounts(top, regions, segments, profiles, accounts, vpcs);
    List<ExistingVpc> existing = existing(top, segments);
    List<Intent> intents = IntentBinder.intents(top.list("intents"), vpcs, existing);
    Design.Growth growth = growth(top);
    Design.Connectivity conn = connectivity(top, accounts, regions);
    List<Design.Override> overrides = new ArrayList<>();
    overrides(top, "quotas", overrides);
    overrides(top, "prices", overrides);
    List<Design.OnPremises> sites = OnPremBinder.sites(top.list("onPremises"), pools, regions, segments);
    return new Design(file, pools, reserved, regions, segments, profiles, accounts, vpcs, existing, intents,
        growth, conn, overrides, Tags.of(top), sites);
  }

  private static List<Pool> pools(Fields top) {
    List<YNode> nodes = top.required("pools").asList();
    if (nodes.isEmpty()) throw top.get("pools").error("give at least one pool, e.g. '- {name: main, cidr: 10.0.0.0/8}'");
    List<Pool> out = new ArrayList<>();
    Map<String, Pool> byName = new HashMap<>();
    for (YNode n : nodes) {
      Fields f = new Fields(n, Set.of("name", "cidr", "regions", "description"));
      String name = f.name("name");
      Cidr cidr = f.cidr("cidr");
      if (cidr.isV4() && cidr.length() > 28) {
        throw f.get("cidr").error("pool " + cidr + " is smaller than the smallest VPC AWS allows (/28); use a /28 or larger");
      }
      java.util.Optional<io.vpcplan.cidr.AwsRanges.Refused> refused = io.vpcplan.cidr.AwsRanges.refused(cidr);
      if (refused.isPresent()) {
        throw f.get("cidr").error("pool " + cidr + (refused.get().cidr().contains(cidr) ? " is in " : " overlaps ")
            + refused.get().cidr() + ", " + refused.get().why()
            + "; AWS refuses it as VPC addresses: " + io.vpcplan.cidr.AwsRanges.USE_PRIVATE + ", or narrow the pool to leave "
            + refused.get().cidr() + " out");
      }
      if (!cidr.isV4() && cidr.length() > 56) {
        throw f.get("cidr").error("IPv6 pool " + cidr + " is smaller than one VPC's /56; use a /56 or larger (a /48 holds 256 VPCs)");
      }
      if (byName.containsKey(name)) throw f.get("name").error("duplicate pool name '" + name + "'");
      for (Pool p : out) {
        if (p.cidr().overlaps(cidr)) {
          throw f.get("cidr").error("pool " + cidr + " overlaps pool '" + p.name() + "' (" + p.cidr()
              + ", line " + p.location().line() + "); pools must be disjoint");
        }
      }
      Pool p = new Pool(name, cidr, f.texts("regions"), n.location());
      byName.put(name, p);
      out.add(p);
    }
    return out;
  }

  private static List<Reserved> reserved(Fields top, List<Pool> pools) {
    List<Reserved> out = new ArrayList<>();
    for (YNode n : top.list("reserved")) {
      Fields f = new Fields(n, Set.of("name", "cidr", "description"));
      String name = f.text("name", "reserved");
      Cidr cidr = f.cidr("cidr");
      for (Pool p : pools) {
        if (cidr.contains(p.cidr())) {
          throw f.get("cidr").error("reserved range " + cidr + " covers all of pool '" + p.name() + "' (" + p.cidr()
              + "), so nothing could be allocated from it; narrow the reserved range or remove the pool");
        }
      }
      out.add(new Reserved(name, cidr, n.location()));
    }
    return out;
  }

  private static List<RegionDef> regions(Fields top) {
    List<YNode> nodes = top.required("regions").asList();
    if (nodes.isEmpty()) throw top.get("regions").error("give at least one region, e.g. '- {name: us-east-1, azs: 3}'");
    List<RegionDef> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (YNode n : nodes) {
      Fields f = new Fields(n, Set.of("name", "azs"));
      String name = f.requiredText("name");
      if (!name.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
        throw f.get("name").error("'" + name + "' is not an AWS region name like us-east-1 or ap-northeast-1");
      }
      if (!seen.add(name)) throw f.get("name").error("duplicate region '" + name + "'");
      out.add(new RegionDef(name, f.integer("azs", 3, 1, 6), n.location()));
    }
    return out;
  }

  private static List<SegmentDef> segments(Fields top) {
    List<SegmentDef> out = new ArrayList<>();
    Map<String, YNode> names = new LinkedHashMap<>();
    for (YNode n : top.list("segments")) {
      Fields f = new Fields(n, Set.of("name", "reaches", "description"));
      String name = f.name("name");
      if (names.containsKey(name)) throw f.get("name").error("duplicate segment '" + name + "'");
      names.put(name, n);
    }
    for (YNode n : top.list("segments")) {
      Fields f = new Fields(n, Set.of("name", "reaches", "description"));
      List<String> reaches = f.texts("reaches");
      for (int i = 0; i < reaches.size(); i++) {
        if (!names.containsKey(reaches.get(i))) {
          throw f.get("reaches").asList().get(i).error("unknown segment '" + reaches.get(i) + "'" + Suggest.hint(reaches.get(i), names.keySet()));
        }
      }
      out.add(new SegmentDef(f.name("name"), reaches, n.location()));
    }
    return out;
  }

  private static Map<String, Profile> profiles(Fields top) {
    Map<String, Profile> out = new LinkedHashMap<>();
    if (!top.has("profiles")) return out;
    for (Map.Entry<String, YNode> e : top.get("profiles").asMap().entrySet()) {
      YNode n = e.getValue();
      Fields f = new Fields(n, Set.of("tiers", "attachmentSubnets", "attachmentPrefix", "vpcPrefix", "description"));
      List<Tier> tiers = new ArrayList<>();
      Set<String> names = new java.util.HashSet<>();
      for (YNode t : f.required("tiers").asList()) {
        Fields tf = new Fields(t, Set.of("name", "hosts", "prefix", "public", "description"));
        String name = tf.name("name");
        if (!names.add(name)) throw tf.get("name").error("duplicate tier '" + name + "' in profile " + e.getKey());
        if (tf.has("hosts") == tf.has("prefix")) {
          throw t.error("tier '" + name + "' needs exactly one of 'hosts' (usable addresses per AZ) or 'prefix' (e.g. 24)");
        }
        int hosts = tf.integer("hosts", 0, 1, 65531);
        int prefix = tf.integer("prefix", 0, 16, 28);
        tiers.add(new Tier(name, hosts, prefix, tf.bool("public", false), t.location()));
      }
      if (tiers.isEmpty()) throw f.get("tiers").error("a profile needs at least one tier");
      boolean attach = f.bool("attachmentSubnets", true);
      int attachPrefix = f.integer("attachmentPrefix", 28, 16, 28);
      int vpcPrefix = f.integer("vpcPrefix", 0, 16, 28);
      out.put(e.getKey(), new Profile(e.getKey(), tiers, attach, attachPrefix, vpcPrefix, n.location()));
    }
    return out;
  }

  private static void accounts(Fields top, List<RegionDef> regions, List<SegmentDef> segments,
      Map<String, Profile> profiles, List<AccountDef> accounts, List<VpcDef> vpcs) {
    Map<String, YNode> names = new HashMap<>();
    Map<String, YNode> ids = new HashMap<>();
    Map<String, RegionDef> regionByName = new LinkedHashMap<>();
    regions.forEach(r -> regionByName.put(r.name(), r));
    Set<String> segNames = new java.util.LinkedHashSet<>();
    segments.forEach(s -> segNames.add(s.name()));
    Set<String> vpcKeys = new java.util.HashSet<>();
    for (YNode n : top.list("accounts")) {
      Fields f = new Fields(n, ACCOUNT_KEYS);
      String name = f.name("name");
      if (names.containsKey(name)) {
        throw f.get("name").error("duplicate account '" + name + "' (first at line " + names.get(name).location().line() + ")");
      }
      names.put(name, n);
      String id = f.text("id", "");
      if (!id.isEmpty() && !Account.isAccountId(id)) {
        throw f.get("id").error("account id '" + id + "' must be exactly 12 digits (quote it to keep leading zeros: \"012345678901\")");
      }
      if (!id.isEmpty() && ids.containsKey(id)) throw f.get("id").error("account id " + id + " is used twice");
      if (!id.isEmpty()) ids.put(id, n);
      accounts.add(new AccountDef(name, id, f.text("ou", ""), f.text("environment", ""), n.location(), Tags.of(f)));
      for (YNode v : f.list("vpcs")) {
        VpcDef def = VpcBinder.vpc(v, name, regionByName, segNames, profiles);
        if (!vpcKeys.add(def.key())) {
          throw v.error("duplicate VPC '" + def.name() + "' in account " + name + ", region " + def.region());
        }
        vpcs.add(def);
      }
    }
  }

  private static List<ExistingVpc> existing(Fields top, List<SegmentDef> segments) {
    Set<String> segNames = new java.util.LinkedHashSet<>();
    segments.forEach(s -> segNames.add(s.name()));
    List<ExistingVpc> out = new ArrayList<>();
    Set<String> keys = new java.util.HashSet<>();
    for (YNode n : top.list("existing")) {
      Fields f = new Fields(n, Set.of("name", "account", "region", "segment", "cidrs", "description", "id"));
      String name = f.name("name");
      String account = f.requiredText("account");
      String region = f.requiredText("region");
      String segment = f.text("segment", "");
      if (!segment.isEmpty() && !segNames.contains(segment)) {
        throw f.get("segment").error("unknown segment '" + segment + "'" + Suggest.hint(segment, segNames));
      }
      List<Cidr> cidrs = new ArrayList<>();
      for (YNode c : f.required("cidrs").asList()) cidrs.add(Fields.parseCidr(c));
      if (cidrs.isEmpty()) throw f.get("cidrs").error("an existing VPC needs at least one CIDR");
      if (!keys.add(account + "/" + region + "/" + name)) throw f.get("name").error("duplicate existing VPC '" + name + "'");
      out.add(new ExistingVpc(name, account, region, segment, cidrs, n.location()));
    }
    return out;
  }

  private static Design.Growth growth(Fields top) {
    if (!top.has("growth")) return Design.Growth.DEFAULT;
    Fields f = new Fields(top.get("growth"), Set.of("region", "segment", "vpc"));
    return new Design.Growth(pow2(f, "region", 2), pow2(f, "segment", 2), pow2(f, "vpc", 1));
  }

  private static int pow2(Fields f, String key, int dflt) {
    int v = f.integer(key, dflt, 1, 64);
    if (Integer.bitCount(v) != 1) throw f.get(key).error(v + " is not a power of two; use 1, 2, 4, 8 …");
    return v;
  }

  /**
   * connectivity.asn: a private ASN AWS takes for a transit gateway. The hub gives region i's TGW
   * asn + i, so the range must hold one per region.
   */
  private static long transitAsn(Fields f, List<RegionDef> regions) {
    if (!f.has("asn")) return io.vpcplan.model.Asn.MIN_16;
    YNode n = f.get("asn");
    String s = n.asText().strip();
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      if (s.matches("[-+]?\\d+")) throw n.error(s + " is out of range; use " + io.vpcplan.model.Asn.RANGES);
      throw n.error("'" + s + "' is not a whole number; give a private ASN, " + io.vpcplan.model.Asn.RANGES);
    }
    java.util.OptionalLong end = io.vpcplan.model.Asn.rangeEnd(v);
    if (end.isEmpty()) {
      throw n.error(v + " is out of range; AWS takes a private ASN for a transit gateway: use " + io.vpcplan.model.Asn.RANGES);
    }
    long last = v + regions.size() - 1;
    if (last > end.getAsLong()) {
      throw n.error(v + " leaves no room for the transit gateways of " + regions.size() + " regions (each region's takes"
          + " the next ASN, up to " + last + ", past " + end.getAsLong() + "); use at most " + (end.getAsLong() - regions.size() + 1));
    }
    return v;
  }

  private static Design.Connectivity connectivity(Fields top, List<AccountDef> accounts, List<RegionDef> regions) {
    if (!top.has("connectivity")) return Design.Connectivity.DEFAULT;
    Fields f = new Fields(top.get("connectivity"), Set.of("networkAccount", "asn", "inspection", "natGateways"));
    String acct = f.text("networkAccount", "");
    Set<String> names = new java.util.LinkedHashSet<>();
    accounts.forEach(a -> names.add(a.name()));
    if (!acct.isEmpty() && !names.contains(acct)) {
      throw f.get("networkAccount").error("unknown account '" + acct + "'" + Suggest.hint(acct, names));
    }
    long asn = transitAsn(f, regions);
    String nat = f.text("natGateways", "per-az");
    NatGateways natGateways;
    try {
      natGateways = NatGateways.parse(nat);
    } catch (IllegalArgumentException e) {
      throw f.get("natGateways").error("'" + nat + "' is not a NAT gateway mode; use one of per-az, single, none"
          + Suggest.closest(nat, List.of("per-az", "single", "none")).map(c -> "; did you mean '" + c + "'?").orElse(""));
    }
    return new Design.Connectivity(acct, asn, f.bool("inspection", false), natGateways);
  }

  private static void overrides(Fields top, String key, List<Design.Override> out) {
    if (!top.has(key)) return;
    for (Map.Entry<String, YNode> e : top.get(key).asMap().entrySet()) {
      YNode n = e.getValue();
      double v;
      try {
        v = Double.parseDouble(n.asText().strip());
      } catch (NumberFormatException ex) {
        throw n.error("'" + n.asText() + "' is not a number");
      }
      if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) throw n.error("must be a number >= 0");
      out.add(new Design.Override(key + "." + e.getKey(), v, n.location()));
    }
  }

  static InputException unknown(YNode n, String what, String value, java.util.Collection<String> known) {
    return n.error("unknown " + what + " '" + value + "'" + Suggest.hint(value, known));
  }
}
