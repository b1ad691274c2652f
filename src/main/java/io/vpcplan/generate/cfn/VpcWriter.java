package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one VPC into its account/region template: the VPC, its blocks, subnets, gateways, tables, attachment. */
final class VpcWriter {
  private final Ctx ctx;
  private final Template t;
  private final Vpc v;
  private final String p;
  private final Map<String, String> tags;
  private final Map<String, String> subnetIds = new HashMap<>();
  private final List<String> blockIds = new ArrayList<>();

  VpcWriter(Ctx ctx, Template t, Vpc v) {
    this.ctx = ctx;
    this.t = t;
    this.v = v;
    this.p = Ctx.vpcPrefix(v);
    this.tags = v.effectiveTags(ctx.network);
  }

  void write() {
    vpc();
    subnets();
    FirewallWriter.write(ctx, t, v, p, subnetIds, tags);
    VpcGateways gw = VpcGateways.of(v, ctx.network.natGateways());
    new RouteWriter(ctx, t, v, p, tags, subnetIds).write(gw);
    EndpointWriter.write(ctx, t, v, subnetIds, gw.routeTables().stream().map(rt -> RouteWriter.tableId(v, rt)).toList(), tags);
    attachment();
    t.output(p + "VpcId", "VPC " + v.displayName(), ref(p + "Vpc"));
  }

  /** The IPAM allocation that pins block c, when --ipam is on and the plan made one. */
  private IpamAllocation allocation(Cidr c) {
    if (!ctx.options.ipam()) return null;
    return v.ipamAllocations().stream().filter(a -> a.pins(c)).findFirst().orElse(null);
  }

  /** The pool id parameter of allocation a (null without one), declared once per template. */
  private Object pool(IpamAllocation a) {
    if (a == null) return null;
    String param = IpamStack.poolParam(a.pool());
    if (!t.hasParameter(param)) {
      t.input(param, "IPAM pool " + a.pool(), ctx.stackName(IpamStack.owner(ctx), IpamStack.home(ctx), Stack.Stage.IPAM.kind),
          param);
    }
    return ref(param);
  }

  // With --ipam the block is asked of its pool by pool id AND the planned CIDR: IPAM allocates exactly
  // that block, so subnets, routes and TGW routes naming it stay right (a netmask length alone would let
  // IPAM pick any free block of that size).
  private void vpc() {
    Cidr primary = v.cidrs().get(0);
    Map<String, Object> props = props("CidrBlock", primary.toString(), "Ipv4IpamPoolId", pool(allocation(primary)),
        "EnableDnsHostnames", true, "EnableDnsSupport", true,
        "Tags", ctx.tags(v.id(), v.name(), tags));
    t.resource(p + "Vpc", "AWS::EC2::VPC", props);
    for (Cidr c : v.cidrs().subList(1, v.cidrs().size())) {
      String id = p + "Cidr" + Ctx.cidrWord(c.toString());
      Map<String, Object> bp = c.isV4()
          ? props("VpcId", ref(p + "Vpc"), "CidrBlock", c.toString(), "Ipv4IpamPoolId", pool(allocation(c)))
          : props("VpcId", ref(p + "Vpc"), "Ipv6CidrBlock", c.toString(), "Ipv6Pool", ref("Ipv6PoolId"));
      if (!c.isV4() && !t.hasParameter("Ipv6PoolId")) {
        t.input("Ipv6PoolId", "The BYOIPv6 pool (or IPAM-provisioned public IPv6 pool) the planned IPv6 blocks come from",
            "", "id of the IPv6 address pool holding " + c);
      }
      t.resource(id, "AWS::EC2::VPCCidrBlock", bp);
      blockIds.add(id);
    }
  }

  private void subnets() {
    Cidr primary = v.cidrs().get(0);
    for (Subnet s : v.subnets()) {
      String id = subnetLogical(v, s);
      subnetIds.put(s.key(), id);
      // an IPv6-only subnet (its cidr is IPv6): no CidrBlock (AWS refuses an IPv6 one there), Ipv6Native instead
      boolean only = !s.cidr().isV4();
      Cidr ipv6 = only ? s.cidr() : s.ipv6();
      Map<String, Object> props = props("VpcId", ref(p + "Vpc"), "AvailabilityZone", s.az().isEmpty() ? null : s.az(),
          "CidrBlock", only ? null : s.cidr().toString(), "Ipv6CidrBlock", ipv6 == null ? null : ipv6.toString(),
          "Ipv6Native", only ? true : null, "AssignIpv6AddressOnCreation", only ? true : null,
          "Tags", ctx.tags(s.key(), v.name() + "-" + s.name(), withTier(s)));
      Map<String, Object> r = t.resource(id, "AWS::EC2::Subnet", props);
      // a subnet in a secondary block, or with an IPv6 /64, needs that block associated first
      if (!blockIds.isEmpty() && (!primary.contains(s.cidr()) || s.ipv6() != null)) r.put("DependsOn", List.copyOf(blockIds));
    }
    for (String key : PrivateLinkStacks.endpointSubnets(ctx, v)) {
      t.output(subnetIds.get(key) + "Id", "subnet " + key + " (a PrivateLink endpoint's)", ref(subnetIds.get(key)));
    }
  }

  static String subnetLogical(Vpc v, Subnet s) {
    return Ctx.vpcPrefix(v) + Names.logicalId(s.name().isEmpty() ? s.id() : s.name()) + "Subnet";
  }

  private Map<String, String> withTier(Subnet s) {
    Map<String, String> m = new java.util.TreeMap<>(tags);
    if (!s.tier().isEmpty()) m.put("vpcplan:tier", s.tier());
    return m;
  }

  private void attachment() {
    TgwAttachment a = ctx.attachmentByVpc.get(v.id());
    if (a == null) return;
    String tgwParam = VpcStacks.tgwParam(ctx, a.tgwId());
    List<Object> subnets = new ArrayList<>();
    for (String s : a.subnetIds()) if (subnetIds.containsKey(s)) subnets.add(ref(subnetIds.get(s)));
    boolean v6 = v.cidrs().stream().anyMatch(c -> !c.isV4());
    Map<String, Object> options = props("ApplianceModeSupport", a.applianceMode() ? "enable" : "disable",
        "DnsSupport", "enable", "Ipv6Support", v6 ? "enable" : "disable");
    t.resource(p + "TgwAttachment", "AWS::EC2::TransitGatewayAttachment", props("TransitGatewayId", ref(tgwParam),
        "VpcId", ref(p + "Vpc"), "SubnetIds", subnets, "Options", options,
        "Tags", ctx.tags(a.id(), v.name() + "-attachment", tags)));
    t.output(p + "TgwAttachmentId", "TGW attachment of " + v.displayName(), ref(p + "TgwAttachment"));
  }
}
