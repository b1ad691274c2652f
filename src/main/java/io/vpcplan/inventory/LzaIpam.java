package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Suggest;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LZA {@code centralNetworkServices.ipams[].pools[]} and the checks LZA's own validator leaves to
 * deploy time: pools overlapping outside their nesting, a pool outside its source pool, locales,
 * and what VPCs ask of a pool.
 */
final class LzaIpam {
  static final Set<String> IPAM = Set.of("name", "region", "description", "operatingRegions", "pools", "scopes", "tags");
  static final Set<String> POOL = Set.of("name", "description", "provisionedCidrs", "sourceIpamPool", "locale",
      "allocationMinNetmaskLength", "allocationMaxNetmaskLength", "allocationDefaultNetmaskLength",
      "allocationResourceTags", "addressFamily", "autoImport", "publiclyAdvertisable", "scope", "shareTargets", "tags");

  private final Map<String, IpamPool> pools = new LinkedHashMap<>();
  private final Set<String> regions = new LinkedHashSet<>();
  private final List<Finding> findings;

  LzaIpam(YNode central, List<Finding> findings) {
    this.findings = findings;
    if (central == null || !central.isMap() || central.get("ipams") == null) return;
    for (YNode ipam : LzaFields.flat(central.get("ipams"))) {
      LzaFields.element("IPAM", findings, () -> {
        LzaFields f = new LzaFields(ipam, IPAM, findings);
        String name = f.requiredText("name");
        if (f.has("region")) regions.add(f.text("region", ""));
        regions.addAll(f.texts("operatingRegions"));
        for (YNode p : f.list("pools")) LzaFields.element("IPAM pool", findings, () -> pool(p, name));
        return name;
      });
    }
  }

  private IpamPool pool(YNode n, String ipam) {
    LzaFields f = new LzaFields(n, POOL, findings);
    String name = f.requiredText("name");
    List<Cidr> cidrs = new ArrayList<>();
    for (YNode c : f.list("provisionedCidrs")) {
      Cidr cidr = LzaFields.element("provisioned CIDR", findings, () -> LzaFields.cidr(c));
      if (cidr != null) cidrs.add(cidr);
    }
    IpamPool p = new IpamPool(name, ipam, f.text("sourceIpamPool", ""), f.text("locale", ""), cidrs,
        netmask(f, "allocationMinNetmaskLength"), netmask(f, "allocationMaxNetmaskLength"),
        netmask(f, "allocationDefaultNetmaskLength"), n.location());
    if (pools.putIfAbsent(name, p) != null) throw f.get("name").error("duplicate IPAM pool '" + name + "'; names must be unique");
    return p;
  }

  private static int netmask(LzaFields f, String key) {
    if (!f.has(key)) return 0;
    String s = f.text(key, "");
    try {
      int v = Integer.parseInt(s);
      if (v >= 0 && v <= 128) return v;
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw f.get(key).error("'" + s + "' is not a netmask length (0-32 for IPv4, 0-128 for IPv6)");
  }

  List<IpamPool> pools() {
    return List.copyOf(pools.values());
  }

  /** The allocations of one VPC element; an unknown pool or a netmask the pool refuses is a finding. */
  IpamAllocation allocation(YNode n) {
    LzaFields f = new LzaFields(n, LzaKeys.IPAM_ALLOCATION, findings);
    String pool = f.requiredText("ipamPoolName");
    int mask = netmask(f, "netmaskLength");
    if (!f.has("netmaskLength")) throw n.error("missing required key 'netmaskLength'; give the size, e.g. 24");
    return new IpamAllocation(pool, mask, n.location());
  }

  /** Pool-to-pool checks, once all pools are read; {@code configRegions} when no IPAM names operating regions. */
  void checkPools(Set<String> configRegions) {
    Set<String> known = regions.isEmpty() ? configRegions : regions;
    List<IpamPool> all = pools();
    for (IpamPool p : all) {
      if (!p.locale().isEmpty() && !known.contains(p.locale())) {
        findings.add(Finding.of(Code.IPAM_POOL_LOCALE, Severity.WARNING, "IPAM pool " + p.name() + " has locale "
            + p.locale() + ", which is not an operating region of its IPAM (" + String.join(", ", known)
            + "); add the region to operatingRegions or fix the locale" + Suggest.hint(p.locale(), known), p.location()));
      }
      if (!p.sourcePool().isEmpty()) source(p);
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        IpamPool a = all.get(i), b = all.get(j);
        if (!a.ipam().equals(b.ipam()) || nested(a, b) || nested(b, a)) continue;
        for (Cidr x : a.cidrs()) for (Cidr y : b.cidrs()) if (x.overlaps(y)) {
          findings.add(new Finding(Code.IPAM_POOL_OVERLAP, Severity.ERROR, "IPAM pools " + a.name() + " (" + x + ") and "
              + b.name() + " (" + y + ") overlap but neither is the source of the other, so IPAM can hand out the same "
              + "addresses twice; make one the sourceIpamPool of the other or give them disjoint CIDRs", List.of(),
              x.contains(y) ? y : x, b.location()));
        }
      }
    }
  }

  private void source(IpamPool p) {
    IpamPool s = pools.get(p.sourcePool());
    if (s == null) {
      findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "IPAM pool " + p.name() + " has sourceIpamPool "
          + p.sourcePool() + ", which is not defined" + Suggest.hint(p.sourcePool(), pools.keySet()), p.location()));
      return;
    }
    for (Cidr c : p.cidrs()) {
      if (s.cidrs().stream().noneMatch(sc -> sc.contains(c))) {
        findings.add(new Finding(Code.IPAM_POOL_OUTSIDE_SOURCE, Severity.ERROR, "IPAM pool " + p.name() + " provisions "
            + c + ", which is not inside its source pool " + s.name() + " (" + s.cidrs() + "); IPAM refuses it. Provision "
            + c + " in " + s.name() + " first or fix the CIDR", List.of(), c, p.location()));
      }
    }
  }

  /** True when {@code inner} draws (directly or not) from {@code outer}. */
  private boolean nested(IpamPool inner, IpamPool outer) {
    Set<String> seen = new LinkedHashSet<>();
    for (IpamPool p = inner; p != null && seen.add(p.name()); p = pools.get(p.sourcePool())) {
      if (p.sourcePool().equals(outer.name())) return true;
    }
    return false;
  }

  /** What one VPC asks of its pools: the pool exists, its netmask rules, its locale. */
  void checkVpc(Vpc v) {
    for (IpamAllocation a : v.ipamAllocations()) {
      IpamPool p = pools.get(a.pool());
      if (p == null) {
        findings.add(Finding.of(Code.IPAM_ALLOCATION, Severity.ERROR, "VPC " + v.name() + " asks IPAM pool " + a.pool()
            + ", which centralNetworkServices.ipams does not define" + Suggest.hint(a.pool(), pools.keySet())
            + "; define the pool or fix the name", a.location(), Resource.vpc(v)));
        continue;
      }
      int smallest = p.cidrs().stream().mapToInt(Cidr::length).min().orElse(0);
      boolean tooBig = !p.cidrs().isEmpty() && a.netmaskLength() < smallest;
      if ((p.minNetmask() > 0 && a.netmaskLength() < p.minNetmask()) || (p.maxNetmask() > 0
          && a.netmaskLength() > p.maxNetmask()) || tooBig) {
        findings.add(Finding.of(Code.IPAM_ALLOCATION, Severity.ERROR, "VPC " + v.name() + " asks a /" + a.netmaskLength()
            + " from IPAM pool " + p.name() + ", which allows /" + (p.minNetmask() > 0 ? p.minNetmask() : smallest) + " to /"
            + (p.maxNetmask() > 0 ? p.maxNetmask() : "any") + "; pick a netmask in that range", a.location(), Resource.vpc(v)));
      }
      if (!p.locale().isEmpty() && !p.locale().equals(v.region())) {
        findings.add(Finding.of(Code.IPAM_POOL_LOCALE, Severity.ERROR, "VPC " + v.name() + " is in " + v.region()
            + " but IPAM pool " + p.name() + " has locale " + p.locale() + "; IPAM only allocates in the pool's locale. "
            + "Use a pool of " + v.region(), a.location(), Resource.vpc(v)));
      }
    }
  }
}
