package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * LZA {@code centralNetworkServices.ipams}: the network's IPAM pools, grouped by IPAM, in the
 * delegated administrator account, each pool shared with the accounts whose VPCs allocate from it.
 */
final class IpamSection {
  private IpamSection() {}

  static ObjectNode central(Network n, String adminAccount, String homeRegion, Set<String> regions, GenerateOptions options) {
    Map<String, Set<String>> users = new TreeMap<>();
    for (Vpc v : n.vpcs()) {
      for (IpamAllocation a : v.ipamAllocations()) users.computeIfAbsent(a.pool(), k -> new TreeSet<>()).add(v.account());
    }
    Map<String, ArrayNode> byIpam = new LinkedHashMap<>();
    for (IpamPool p : n.ipamPools()) {
      String ipam = LzaNames.clean(p.ipam().isEmpty() ? options.planName() + "-ipam" : p.ipam());
      ArrayNode pools = byIpam.computeIfAbsent(ipam, k -> LzaYaml.F.arrayNode());
      ObjectNode o = pools.addObject().put("name", p.name());
      boolean v6 = !p.cidrs().isEmpty() && !p.cidrs().get(0).isV4();
      o.put("addressFamily", v6 ? "ipv6" : "ipv4");
      if (!p.sourcePool().isEmpty()) o.put("sourceIpamPool", p.sourcePool());
      if (!p.locale().isEmpty()) o.put("locale", p.locale());
      if (!p.cidrs().isEmpty()) {
        ArrayNode c = o.putArray("provisionedCidrs");
        for (Cidr x : p.cidrs()) c.add(x.toString());
      }
      if (p.minNetmask() > 0) o.put("allocationMinNetmaskLength", p.minNetmask());
      if (p.maxNetmask() > 0) o.put("allocationMaxNetmaskLength", p.maxNetmask());
      if (p.defaultNetmask() > 0) o.put("allocationDefaultNetmaskLength", p.defaultNetmask());
      Set<String> to = new TreeSet<>(users.getOrDefault(p.name(), Set.of()));
      to.remove(adminAccount);
      if (!to.isEmpty()) to.forEach(o.putObject("shareTargets").putArray("accounts")::add);
      o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), "ipam-pool/" + p.name(), null, Map.of())));
    }
    ObjectNode central = LzaYaml.F.objectNode().put("delegatedAdminAccount", adminAccount);
    ArrayNode ipams = central.putArray("ipams");
    for (Map.Entry<String, ArrayNode> e : byIpam.entrySet()) {
      ObjectNode i = ipams.addObject().put("name", e.getKey()).put("region", homeRegion);
      List<String> ops = regions.stream().filter(r -> !r.equals(homeRegion)).toList();
      if (!ops.isEmpty()) ops.forEach(i.putArray("operatingRegions")::add);
      i.set("pools", e.getValue());
    }
    return central;
  }
}
