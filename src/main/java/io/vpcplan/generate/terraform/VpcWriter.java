package io.vpcplan.generate.terraform;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.Names;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A VPC with its CIDR blocks, subnets, gateways, route tables and its TGW attachment. */
final class VpcWriter {
  private VpcWriter() {}

  static String file(Vpc v) {
    return "vpc_" + Names.snake(v.region() + "/" + (v.name().isEmpty() ? v.id() : v.name())) + ".tf";
  }

  static Res subnetRes(Subnet s) {
    return new Res("aws_subnet", Names.snake(s.key()), Set.of());
  }

  static Res attachmentRes(TgwAttachment a, Set<String> gates) {
    return new Res("aws_ec2_transit_gateway_vpc_attachment", Names.snake(a.id()), gates);
  }

  static void write(Context ctx, Vpc v) {
    Module m = ctx.module(v.account());
    String file = file(v);
    String plan = m.planName;
    Res vpc = Context.vpcRes(v);
    List<Cidr> v4 = v.ipv4();
    boolean v6 = v.cidrs().stream().anyMatch(c -> !c.isV4());
    Hcl.Builder b = m.resource(vpc, v.region());
    // with --ipam a block is asked of its pool by pool id AND the planned CIDR: IPAM allocates exactly that
    // block, so subnets and routes naming it stay right (a netmask length would let IPAM pick any free block)
    IpamAllocation ipam = v4.isEmpty() ? null : IpamWriter.allocation(ctx, v, v4.get(0));
    if (!v4.isEmpty()) b.str("cidr_block", v4.get(0).toString());
    if (ipam != null) b.raw("ipv4_ipam_pool_id", IpamWriter.poolId(ctx, m, ipam.pool()));
    if (v6) b.raw("assign_generated_ipv6_cidr_block", "true");
    b.raw("enable_dns_support", "true").raw("enable_dns_hostnames", "true");
    poolCidrs(ctx, m, b, ipam);
    m.add(file, b.tags(Tags.of(plan, v.id(), v.name().isEmpty() ? v.id() : v.name())).build());
    m.output("vpc_id_" + Names.snake(v.id()), "VPC " + v.displayName(), vpc.outputValue("id"));
    m.creates.add("VPC " + v.displayName() + " " + v.cidrs());

    Map<Cidr, Res> secondary = new LinkedHashMap<>();
    for (Cidr c : v4.subList(Math.min(1, v4.size()), v4.size())) {
      Res r = new Res("aws_vpc_ipv4_cidr_block_association", Names.snake(v.id() + "/" + c), Set.of());
      secondary.put(c, r);
      IpamAllocation a = IpamWriter.allocation(ctx, v, c);
      Hcl.Builder ab = m.resource(r, v.region()).raw("vpc_id", vpc.ref("id").expr()).str("cidr_block", c.toString());
      if (a != null) ab.raw("ipv4_ipam_pool_id", IpamWriter.poolId(ctx, m, a.pool()));
      poolCidrs(ctx, m, ab, a);
      m.add(file, ab.build());
    }

    Ipv6Blocks six = Ipv6Blocks.write(m, v, vpc, file);
    Map<String, Object> subnetsOut = new LinkedHashMap<>();
    for (Subnet s : v.subnets()) {
      Res r = subnetRes(s);
      String vpcIdExpr = vpc.ref("id").expr();
      for (Map.Entry<Cidr, Res> e : secondary.entrySet()) {
        // a subnet in a secondary block waits for the block's association
        if (e.getKey().contains(s.cidr())) vpcIdExpr = e.getValue().ref("vpc_id").expr();
      }
      Hcl.Builder sb = m.resource(r, v.region()).raw("vpc_id", vpcIdExpr);
      subnetBlocks(m, v, s, sb, six);
      m.add(file, sb.tags(Tags.of(plan, s.key(), label(v) + "-" + s.name())).build());
      subnetsOut.put(s.name().isEmpty() ? s.key() : s.name(), r.outputValue("id"));
    }
    if (!subnetsOut.isEmpty()) {
      Map<String, Hcl.Expr> entries = new LinkedHashMap<>();
      subnetsOut.forEach((k, x) -> entries.put(k, Hcl.raw((String) x)));
      m.output("subnet_ids_" + Names.snake(v.id()), "subnet ids of " + v.displayName() + " by subnet name",
          new Hcl.MapOf(entries));
    }
    VpcGateways g = VpcGateways.of(v, ctx.network.natGateways());
    Gateways gw = Gateways.write(m, v, file, g, ctx.network.natGateways());
    FirewallWriter.write(m, v, file);
    for (Context.Attached x : ctx.vpcAttachments(v.id())) attachment(ctx, m, v, x.tgw(), x.attachment(), file);
    RouteTables.write(ctx, m, v, gw, g, file);
  }

  /**
   * A dual-stack subnet: its IPv4 cidr_block and its /64 in the VPC's IPv6 block. An IPv6-only one (its
   * cidr is IPv6): no cidr_block (AWS refuses an IPv6 one there), ipv6_native instead.
   */
  private static void subnetBlocks(Module m, Vpc v, Subnet s, Hcl.Builder sb, Ipv6Blocks six) {
    boolean only = !s.cidr().isV4();
    if (!only) sb.str("cidr_block", s.cidr().toString());
    sb.str("availability_zone", s.az());
    Cidr ipv6 = only ? s.cidr() : s.ipv6();
    if (ipv6 == null) return;
    String block = six.cidrsubnet(ipv6);
    if (block == null) {
      // a wrong address would be worse than none: validate reports it (SUBNET_OUTSIDE_VPC)
      sb.comment("IPv6 block " + ipv6 + " lies in no IPv6 block of the VPC: not written");
      m.manual.add("IPv6 block " + ipv6 + " of subnet " + s.key() + " (VPC " + v.displayName() + "): it lies in no "
          + "IPv6 block of the VPC; add the block to the VPC, or move the subnet into one, and generate again");
      return;
    }
    sb.raw("ipv6_cidr_block", block);
    if (only) sb.raw("ipv6_native", "true");
    sb.raw("assign_ipv6_address_on_creation", "true");
  }

  /** In the pool owner's module, a block waits for its pool's CIDRs to be provisioned. */
  private static void poolCidrs(Context ctx, Module m, Hcl.Builder b, IpamAllocation a) {
    if (a == null || !m.accountKey.equals(IpamWriter.owner(ctx))) return;
    List<Hcl.Expr> cidrs = IpamWriter.cidrsOf(ctx, a.pool());
    if (!cidrs.isEmpty()) b.blank().attr("depends_on", new Hcl.ListOf(cidrs, false));
  }

  static String label(Vpc v) {
    return v.name().isEmpty() ? v.id() : v.name();
  }

  private static void attachment(Context ctx, Module m, Vpc v, TransitGateway t, TgwAttachment a, String file) {
    Ref tgw = ctx.tgwId(m, t.id());
    Res r = attachmentRes(a, tgw.gates());
    List<Hcl.Expr> subnets = new ArrayList<>();
    for (String id : a.subnetIds()) {
      v.subnets().stream().filter(s -> s.key().equals(id)).findFirst()
          .ifPresent(s -> subnets.add(Hcl.raw(subnetRes(s).ref("id").expr())));
    }
    Hcl.Builder b = m.resource(r, v.region()).raw("transit_gateway_id", tgw.expr())
        .raw("vpc_id", Context.vpcRes(v).ref("id").expr())
        .attr("subnet_ids", new Hcl.ListOf(subnets, true)).blank()
        .str("appliance_mode_support", a.applianceMode() ? "enable" : "disable")
        .str("dns_support", "enable");
    if (t.account().equals(v.account())) {
      b.raw("transit_gateway_default_route_table_association", "false")
          .raw("transit_gateway_default_route_table_propagation", "false");
    } else {
      b.comment("default route table association and propagation: the owner sets them on its accepter");
    }
    m.add(file, b.tags(Tags.of(m.planName, a.id(), v.account() + "-" + label(v))).build());
    if (!t.account().equals(v.account())) {
      m.output("tgw_attachment_id_" + Names.snake(a.id()), "attachment of " + v.displayName() + " to "
          + t.id() + ": the transit gateway's owner accepts and associates it", r.outputValue("id"));
    }
    m.creates.add("attachment of VPC " + v.displayName() + " to transit gateway " + t.id());
  }
}
