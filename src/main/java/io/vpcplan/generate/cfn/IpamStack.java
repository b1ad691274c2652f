package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.getAtt;
import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.Names;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * With --ipam: the IPAM in the Network account's home region, the pool hierarchy with the plan's
 * CIDRs provisioned (top-level → regional with locale → segment pools with allocation rules), and
 * the RAM share of the segment pools to the accounts whose VPCs allocate from them.
 */
final class IpamStack {
  private IpamStack() {}

  static String poolLogical(String pool) {
    return "IpamPool" + Names.logicalId(pool);
  }

  static String poolParam(String pool) {
    return poolLogical(pool) + "Id";
  }

  /** The account that owns the IPAM: the network account ({@link io.vpcplan.generate.NetworkAccount}). */
  static String owner(Ctx ctx) {
    return ctx.networkAccount.account();
  }

  /** The IPAM's home region. */
  static String home(Ctx ctx) {
    return ctx.networkAccount.region();
  }

  static Optional<Stack> of(Ctx ctx) {
    if (!ctx.options.ipam() || ctx.network.ipamPools().isEmpty()) return Optional.empty();
    String owner = owner(ctx);
    String home = home(ctx);
    Map<String, String> tags = ctx.accountTags(owner);
    Template t = new Template("vpcplan " + ctx.options.planName() + ": AWS VPC IPAM with the planned pool hierarchy");
    TreeSet<String> regions = new TreeSet<>();
    regions.add(home);
    ctx.network.ipamPools().forEach(p -> {
      if (!p.locale().isEmpty()) regions.add(p.locale());
    });
    List<Object> operating = new ArrayList<>();
    for (String r : regions) operating.add(Map.of("RegionName", r));
    t.resource("Ipam", "AWS::EC2::IPAM", props("Description", "vpcplan " + ctx.options.planName(),
        "OperatingRegions", operating, "Tags", ctx.tags("ipam/" + ctx.options.planName(), ctx.options.planName(), tags)));
    for (IpamPool p : ctx.network.ipamPools()) {
      String id = poolLogical(p.name());
      List<Object> cidrs = p.cidrs().stream().map(c -> (Object) Map.of("Cidr", c.toString())).toList();
      boolean v4 = p.cidrs().isEmpty() || p.cidrs().get(0).isV4();
      t.resource(id, "AWS::EC2::IPAMPool", props("AddressFamily", v4 ? "ipv4" : "ipv6",
          "IpamScopeId", getAtt("Ipam", "PrivateDefaultScopeId"), "Locale", p.locale().isEmpty() ? null : p.locale(),
          "SourceIpamPoolId", p.sourcePool().isEmpty() ? null : ref(poolLogical(p.sourcePool())),
          "ProvisionedCidrs", cidrs, "AutoImport", false,
          "AllocationMinNetmaskLength", p.minNetmask() > 0 ? p.minNetmask() : null,
          "AllocationMaxNetmaskLength", p.maxNetmask() > 0 ? p.maxNetmask() : null,
          "AllocationDefaultNetmaskLength", p.defaultNetmask() > 0 ? p.defaultNetmask() : null,
          "Description", "vpcplan pool " + p.name(), "Tags", ctx.tags("ipam-pool/" + p.name(), p.name(), tags)));
      t.output(poolParam(p.name()), "IPAM pool " + p.name(), ref(id));
    }
    share(ctx, t, owner, tags);
    return Optional.of(new Stack(Stack.Stage.IPAM, ctx.stackName(owner, home, Stack.Stage.IPAM.kind),
        Ctx.path(ctx.accountFolder(owner), home, Stack.Stage.IPAM.kind), owner, home, t));
  }

  private static void share(Ctx ctx, Template t, String owner, Map<String, String> tags) {
    Map<String, TreeSet<String>> users = new TreeMap<>();
    for (Vpc v : ctx.network.vpcs()) {
      for (IpamAllocation a : v.ipamAllocations()) {
        String id = ctx.accountId(v.account());
        if (!id.equals(ctx.accountId(owner))) users.computeIfAbsent(a.pool(), k -> new TreeSet<>()).add(id);
      }
    }
    if (users.isEmpty()) return;
    List<Object> arns = users.keySet().stream().map(p -> (Object) getAtt(poolLogical(p), "Arn")).toList();
    TreeSet<String> principals = new TreeSet<>();
    users.values().forEach(principals::addAll);
    t.resource("IpamPoolShare", "AWS::RAM::ResourceShare", props("Name", "vpcplan-" + ctx.options.planName() + "-ipam-pools",
        "AllowExternalPrincipals", false, "ResourceArns", arns, "Principals", List.copyOf(principals),
        "Tags", ctx.tags("ram/ipam-pools", "vpcplan-" + ctx.options.planName() + "-ipam-pools", tags)));
  }
}
