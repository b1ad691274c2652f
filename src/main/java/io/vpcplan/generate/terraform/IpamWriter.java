package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * With --ipam: the IPAM in the Network account ({@link io.vpcplan.generate.NetworkAccount}),
 * the planned pool hierarchy with its CIDRs provisioned, and a RAM share of the pools to the
 * accounts whose VPCs allocate from them. Pools live in the IPAM's home region; locale says where
 * they may be used.
 */
final class IpamWriter {
  static final String FILE = "ipam.tf";
  static final Res IPAM = new Res("aws_vpc_ipam", "this", Set.of());

  private IpamWriter() {}

  static boolean on(Context ctx) {
    return ctx.options.ipam() && !ctx.network.ipamPools().isEmpty();
  }

  static String owner(Context ctx) {
    return ctx.networkAccount.account();
  }

  static String home(Context ctx) {
    return ctx.networkAccount.region();
  }

  static Res poolRes(String pool) {
    return new Res("aws_vpc_ipam_pool", Names.snake(pool), Set.of());
  }

  static String output(String pool) {
    return "ipam_pool_id_" + Names.snake(pool);
  }

  /** The allocation that pins block c of v, when --ipam is on and the plan made one from a known pool. */
  static IpamAllocation allocation(Context ctx, Vpc v, Cidr c) {
    if (!on(ctx)) return null;
    IpamAllocation a = v.ipamAllocations().stream().filter(x -> x.pins(c)).findFirst().orElse(null);
    boolean known = a != null && ctx.network.ipamPools().stream().anyMatch(p -> p.name().equals(a.pool()));
    return known ? a : null;
  }

  /** The pool id as module m sees it: its own resource, else a required input from the owner's output. */
  static String poolId(Context ctx, Module m, String pool) {
    String owner = owner(ctx);
    if (m.accountKey.equals(owner)) return poolRes(pool).ref("id").expr();
    return m.required(output(pool), "IPAM pool " + pool, Names.snake(owner));
  }

  /** What a VPC allocating from the pool must wait for in the owner's module: the pool's CIDRs. */
  static List<Hcl.Expr> cidrsOf(Context ctx, String pool) {
    List<Hcl.Expr> out = new ArrayList<>();
    ctx.network.ipamPools().stream().filter(p -> p.name().equals(pool)).findFirst()
        .ifPresent(p -> p.cidrs().forEach(c -> out.add(Hcl.raw(cidrRes(p, c).address()))));
    return out;
  }

  private static Res cidrRes(IpamPool p, Cidr c) {
    return new Res("aws_vpc_ipam_pool_cidr", Names.snake(p.name() + "/" + c), Set.of());
  }

  static void write(Context ctx) {
    if (!on(ctx)) return;
    String home = home(ctx);
    Module m = ctx.module(owner(ctx));
    String plan = m.planName;
    Hcl.Builder ib = m.resource(IPAM, home).str("description", "vpcplan " + plan);
    TreeSet<String> regions = new TreeSet<>();
    regions.add(home);
    ctx.network.ipamPools().forEach(p -> {
      if (!p.locale().isEmpty()) regions.add(p.locale());
    });
    for (String r : regions) ib.block(new Hcl.Builder("operating_regions").str("region_name", r).build());
    m.add(FILE, ib.tags(Tags.of(plan, "ipam/" + plan, "vpcplan-" + plan)).build());
    m.creates.add("IPAM operating in " + regions + " with pools " + ctx.network.ipamPools().stream().map(IpamPool::name).toList());
    for (IpamPool p : ctx.network.ipamPools()) pool(ctx, m, home, p);
    share(ctx, m, home);
  }

  private static void pool(Context ctx, Module m, String home, IpamPool p) {
    Res r = poolRes(p.name());
    boolean v4 = p.cidrs().isEmpty() || p.cidrs().get(0).isV4();
    Hcl.Builder b = m.resource(r, home).str("address_family", v4 ? "ipv4" : "ipv6")
        .raw("ipam_scope_id", IPAM.ref("private_default_scope_id").expr());
    if (!p.locale().isEmpty()) b.str("locale", p.locale());
    if (!p.sourcePool().isEmpty()) b.raw("source_ipam_pool_id", poolRes(p.sourcePool()).ref("id").expr());
    b.raw("auto_import", "false");
    if (p.minNetmask() > 0) b.raw("allocation_min_netmask_length", Integer.toString(p.minNetmask()));
    if (p.maxNetmask() > 0) b.raw("allocation_max_netmask_length", Integer.toString(p.maxNetmask()));
    if (p.defaultNetmask() > 0) b.raw("allocation_default_netmask_length", Integer.toString(p.defaultNetmask()));
    b.str("description", "vpcplan pool " + p.name());
    m.add(FILE, b.tags(Tags.of(m.planName, "ipam-pool/" + p.name(), p.name())).build());
    m.output(output(p.name()), "IPAM pool " + p.name(), r.outputValue("id"));
    for (Cidr c : p.cidrs()) {
      Hcl.Builder cb = m.resource(cidrRes(p, c), home).raw("ipam_pool_id", r.ref("id").expr()).str("cidr", c.toString());
      // a child pool's CIDR comes out of its parent's, which must be provisioned first
      List<Hcl.Expr> parent = p.sourcePool().isEmpty() ? List.of() : cidrsOf(ctx, p.sourcePool());
      if (!parent.isEmpty()) cb.blank().attr("depends_on", new Hcl.ListOf(parent, false));
      m.add(FILE, cb.build());
    }
  }

  private static void share(Context ctx, Module m, String home) {
    Map<String, TreeSet<String>> users = new TreeMap<>();
    for (Vpc v : ctx.network.vpcs()) {
      if (!Context.created(v) || v.account().equals(m.accountKey)) continue;
      for (Cidr c : v.ipv4()) {
        IpamAllocation a = allocation(ctx, v, c);
        if (a != null) users.computeIfAbsent(a.pool(), k -> new TreeSet<>()).add(v.account());
      }
    }
    if (users.isEmpty()) return;
    String name = "vpcplan-" + m.planName + "-ipam-pools";
    Res share = new Res("aws_ram_resource_share", "ipam_pools", Set.of());
    m.add(FILE, m.resource(share, home).str("name", name).raw("allow_external_principals", "false")
        .tags(Tags.of(m.planName, "ram/ipam-pools", name)).build());
    TreeSet<String> accounts = new TreeSet<>();
    for (Map.Entry<String, TreeSet<String>> e : users.entrySet()) {
      accounts.addAll(e.getValue());
      Res a = new Res("aws_ram_resource_association", Names.snake("ipam_pools/" + e.getKey()), Set.of());
      m.add(FILE, m.resource(a, home).raw("resource_arn", poolRes(e.getKey()).ref("arn").expr())
          .raw("resource_share_arn", share.ref("arn").expr()).build());
    }
    for (String acct : accounts) {
      String id = ctx.accountId(acct);
      Ref principal = id.isEmpty() ? m.input("account_id_" + Names.snake(acct), "account " + acct + " (12 digits)", null, null) : null;
      Res a = new Res("aws_ram_principal_association", Names.snake("ipam_pools/" + acct), Ref.union(principal));
      Hcl.Builder b = m.resource(a, home);
      if (principal == null) b.str("principal", id);
      else b.raw("principal", principal.expr());
      m.add(FILE, b.raw("resource_share_arn", share.ref("arn").expr()).build());
    }
    m.creates.add("RAM share " + name + " of IPAM pools " + users.keySet() + " with " + accounts);
  }
}
