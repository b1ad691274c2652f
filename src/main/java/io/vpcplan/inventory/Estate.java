package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Account;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Assembles the parsed files (in path order) into one Network. A resource seen in several
 * account folders (a shared VPC or subnet, a peering seen from both sides) is kept once,
 * preferring the copy from its owner's folder; the owner (OwnerId) is the account it belongs to.
 */
final class Estate {
  private Estate() {}

  static Inventory assemble(List<Parsed> files) {
    List<Finding> findings = new ArrayList<>();
    int vpcCount = 0, subnetCount = 0;
    for (Parsed f : files) {
      vpcCount += f.vpcs.size();
      subnetCount += f.subnets.size();
    }
    // sized once: growing maps of hundreds of thousands rehashes them again and again
    Map<String, Parsed.RawVpc> vpcs = new LinkedHashMap<>(capacity(vpcCount));
    // a large estate's subnets (several per VPC) are merged on another core while this thread does the rest
    int subnetTotal = subnetCount;
    CompletableFuture<Map<String, Parsed.RawSubnet>> subnetsLater = subnetTotal >= PARALLEL_FROM
        ? CompletableFuture.supplyAsync(() -> subnets(files, subnetTotal)) : null;
    Map<String, Parsed.RawRouteTable> tables = new LinkedHashMap<>();
    Map<String, Parsed.RawPeering> peerings = new TreeMap<>();
    Map<String, Endpoint> endpoints = new TreeMap<>();
    Map<String, EndpointService> services = new TreeMap<>();
    Set<String> folderAccounts = new TreeSet<>();
    for (Parsed f : files) {
      findings.addAll(f.findings);
      AzRegion.check(f, findings);
      folderAccounts.add(f.ctx.account());
      for (Parsed.RawVpc v : f.vpcs) vpcs.merge(v.id(), v, (a, b) -> own(a.owner(), a.ctx()) || !own(b.owner(), b.ctx()) ? a : b);
      for (Parsed.RawRouteTable t : f.routeTables) tables.putIfAbsent(t.table().id(), t);
      for (Parsed.RawPeering p : f.peerings) peerings.putIfAbsent(p.id(), p);
      for (Endpoint e : f.endpoints) endpoints.putIfAbsent(e.id(), e);
      for (EndpointService s : f.services) services.putIfAbsent(s.id(), s);
    }
    PrefixLists.expand(tables, files, findings);
    TgwAssembly tgw = new TgwAssembly(files, findings);
    List<TransitGateway> tgws = tgw.build();
    Set<String> attachmentSubnets = tgw.attachmentSubnets();
    Map<String, Parsed.RawSubnet> subnets = subnetsLater == null ? subnets(files, subnetTotal) : join(subnetsLater);

    Map<String, List<Subnet>> subnetsOf = new HashMap<>(capacity(vpcs.size()));
    Map<String, List<Subnet>> orphans = new TreeMap<>();
    String lastVpc = null;
    List<Subnet> lastList = null;
    for (Parsed.RawSubnet s : subnets.values()) { // file order: deterministic, no sort needed
      Subnet sub = attachmentSubnets.contains(s.id()) ? withPurpose(s.subnet()) : s.subnet();
      if (!s.vpcId().equals(lastVpc)) { // a VPC's subnets mostly come one after another: looked up once
        lastVpc = s.vpcId();
        lastList = (vpcs.containsKey(lastVpc) ? subnetsOf : orphans).computeIfAbsent(lastVpc, k -> new ArrayList<>());
      }
      lastList.add(sub);
    }
    Map<String, List<RouteTable>> tablesOf = new HashMap<>(capacity(vpcs.size()));
    for (Parsed.RawRouteTable t : tables.values()) {
      tablesOf.computeIfAbsent(t.vpcId(), k -> new ArrayList<>()).add(t.table());
    }
    List<Vpc> out = new ArrayList<>(vpcs.size());
    for (Parsed.RawVpc v : vpcs.values()) {
      String account = v.owner() != null && !v.owner().isEmpty() ? v.owner() : v.ctx().account();
      if (Account.isAccountId(v.ctx().account()) && !account.equals(v.ctx().account())) {
        findings.add(Finding.of(Code.OWNER_MISMATCH, Severity.INFO, "VPC " + v.id() + " was exported from account "
            + v.ctx().account() + " but is owned by " + account + " (shared to it?); it is counted under " + account,
            v.at()));
      }
      out.add(new Vpc(v.id(), v.name(), account, v.ctx().region(), "", v.cidrs(), subnetsOf.get(v.id()),
          tablesOf.get(v.id()), Origin.IMPORTED, v.at(), v.ipam(), java.util.Map.of(), v.isDefault()));
    }
    out.sort(Estate::byAccountRegionId);
    orphans.forEach((vpcId, list) -> findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, list.size()
        + (list.size() == 1 ? " subnet refers" : " subnets refer") + " to VPC " + vpcId + ", which is not in any Vpcs"
        + " file; export describe-vpcs for its account", list.get(0).location())));

    List<Peering> peers = new ArrayList<>();
    for (Parsed.RawPeering p : peerings.values()) {
      peers.add(new Peering(p.id(), p.requester().vpcId(), p.accepter().vpcId(), p.at(), p.requester().owner(),
          p.requester().region(), p.accepter().owner(), p.accepter().region()));
    }
    Set<String> owners = new TreeSet<>();
    String last = null;
    for (Vpc v : out) { // sorted by account: each account added once, not once per VPC
      if (!v.account().equals(last)) owners.add(last = v.account());
    }
    for (TransitGateway t : tgws) if (!t.account().isEmpty()) owners.add(t.account());
    Set<String> accountKeys = new TreeSet<>(owners);
    // a folder named as import writes an unsafe account name ("ou_Infrastructure" for "ou:Infrastructure") is that account
    Set<String> aliases = new TreeSet<>();
    for (String o : owners) if (!o.equals(InventoryWriter.safe(o))) aliases.add(InventoryWriter.safe(o));
    for (String a : folderAccounts) if (!aliases.contains(a)) accountKeys.add(a);
    List<Account> accounts = new ArrayList<>();
    for (String a : accountKeys) {
      if (!a.isEmpty()) accounts.add(Account.isAccountId(a) ? new Account(a, "", "", "") : new Account("", a, "", ""));
    }
    Network net = new Network(accounts, out, tgws, peers, new ArrayList<>(services.values()),
        new ArrayList<>(endpoints.values()), List.of(), List.of(), List.of()).withHybrid(HybridParts.assemble(files, findings));
    return new Inventory(net, findings);
  }

  /** From this many subnets they are merged beside the rest (a thread hand-off costs more below). */
  static final int PARALLEL_FROM = 20_000;

  /** Subnets by id in file order; one seen in several folders is kept from its owner's, else the first. */
  private static Map<String, Parsed.RawSubnet> subnets(List<Parsed> files, int count) {
    Map<String, Parsed.RawSubnet> subnets = new LinkedHashMap<>(capacity(count));
    for (Parsed f : files) {
      for (Parsed.RawSubnet s : f.subnets) subnets.merge(s.id(), s, (a, b) -> own(a.owner(), a.ctx()) || !own(b.owner(), b.ctx()) ? a : b);
    }
    return subnets;
  }

  private static <T> T join(CompletableFuture<T> later) {
    try {
      return later.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** Account, then region, then id: as Comparator.comparing(...).thenComparing(...), without its calls per key. */
  private static int byAccountRegionId(Vpc a, Vpc b) {
    int c = a.account().compareTo(b.account());
    if (c == 0) c = a.region().compareTo(b.region());
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  private static int capacity(int entries) {
    return (int) Math.min(1 << 30, entries * 4L / 3 + 1);
  }

  /** True when the element was exported from its owner's own account folder. */
  static boolean own(String owner, FileContext ctx) {
    return owner == null || owner.isEmpty() || owner.equals(ctx.account());
  }

  private static Subnet withPurpose(Subnet s) {
    return new Subnet(s.id(), s.name(), s.tier(), s.az(), s.cidr(), Purpose.TGW_ATTACHMENT, s.isPublic(), s.location(),
        s.ipv6());
  }

  static <T> List<T> sorted(java.util.Collection<T> c, Comparator<T> order) {
    List<T> l = new ArrayList<>(c);
    l.sort(order);
    return l;
  }
}
