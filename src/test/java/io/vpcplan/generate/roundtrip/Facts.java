package io.vpcplan.generate.roundtrip;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A network as a sorted list of facts named by the plan's ids: VPCs (account, region, IPv4 blocks,
 * and IPv6 blocks when the target writes them), subnets (CIDR, AZ, purpose), transit gateways, their
 * attachments (subnets, appliance mode) and route tables with associations, propagations and static
 * routes, VPC peerings. Attachments are
 * named by what they connect (vpc:ID, peering:ID, vpn:ID, dx:ID of the Direct Connect gateway).
 */
final class Facts {
  private Facts() {}

  static List<String> of(Network n, boolean ipv6) {
    List<String> out = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      out.add("vpc " + v.id() + " account=" + v.account() + " region=" + v.region() + " ipv4=" + new TreeSet<>(v.ipv4()));
      if (ipv6) for (Cidr c : v.cidrs()) if (!c.isV4()) out.add("vpc-ipv6 " + v.id() + " " + c);
      for (Subnet s : v.subnets()) {
        out.add("subnet " + s.key() + " " + s.cidr() + " az=" + s.az()
            + (ipv6 && s.ipv6() != null ? " ipv6=" + s.ipv6() : ""));
      }
    }
    for (TransitGateway t : n.transitGateways()) {
      out.add("tgw " + t.id() + " account=" + t.account() + " region=" + t.region() + " asn=" + t.asn());
      Map<String, String> members = new HashMap<>();
      for (TgwAttachment a : t.attachments()) {
        members.put(a.id(), member(a));
        if (a.type() == AttachmentType.VPC) {
          out.add("tgw-attach " + t.id() + " vpc:" + a.resourceId() + " subnets=" + new TreeSet<>(a.subnetIds())
              + (a.applianceMode() ? " appliance-mode" : ""));
        }
        if (a.type() == AttachmentType.PEERING) out.add("tgw-peering " + t.id() + " " + a.id() + " -> " + a.resourceId());
      }
      for (TgwRouteTable rt : t.routeTables()) {
        out.add("tgw-table " + t.id() + " " + rt.id());
        for (String a : rt.associations()) out.add("associate " + rt.id() + " " + members.getOrDefault(a, "unknown:" + a));
        for (String a : rt.propagations()) out.add("propagate " + rt.id() + " " + members.getOrDefault(a, "unknown:" + a));
        for (TgwRoute r : rt.routes()) {
          out.add("tgw-route " + rt.id() + " " + r.destination() + " -> "
              + (r.blackhole() ? "blackhole" : members.getOrDefault(r.attachmentId(), "unknown:" + r.attachmentId())));
        }
      }
    }
    // which side requests does not change routing (the Terraform writer lets the side it creates request)
    for (Peering p : n.peerings()) {
      String a = p.requesterVpcId();
      String b = p.accepterVpcId();
      out.add("peering " + (a.compareTo(b) < 0 ? a + " <-> " + b : b + " <-> " + a));
    }
    out.sort(null);
    return out;
  }

  private static String member(TgwAttachment a) {
    if (a.type() == AttachmentType.VPC) return "vpc:" + a.resourceId();
    if (a.type() == AttachmentType.PEERING) return "peering:" + a.id();
    if (a.type() == AttachmentType.VPN) return "vpn:" + a.resourceId();
    if (a.type() == AttachmentType.DIRECT_CONNECT) return "dx:" + a.resourceId();
    return "other:" + a.id();
  }
}
