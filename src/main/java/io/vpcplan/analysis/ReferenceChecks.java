package io.vpcplan.analysis;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DANGLING_REFERENCE over the whole (possibly merged) network: what names a VPC, TGW, peering,
 * endpoint or attachment that no source holds. Run once after every source is read, so a
 * reference from one source to another is not dangling. When the owner account is known and
 * not in the inventory, the message says to export that account.
 */
public final class ReferenceChecks {
  private final Set<String> vpcs = new HashSet<>();
  private final Set<String> accounts = new HashSet<>();
  private final Set<AttachmentType> held = java.util.EnumSet.noneOf(AttachmentType.class);
  private final List<Finding> out;

  private ReferenceChecks(Network net, List<Finding> out) {
    this.out = out;
    for (Vpc v : net.vpcs()) {
      vpcs.add(v.id());
      accounts.add(v.account());
    }
    for (Account a : net.accounts()) {
      accounts.add(a.id());
      accounts.add(a.name());
    }
    accounts.remove("");
  }

  public static void check(Network net, List<Finding> out) {
    new ReferenceChecks(net, out).run(net);
  }

  private void run(Network net) {
    Set<String> tgws = new HashSet<>();
    for (TransitGateway t : net.transitGateways()) {
      tgws.add(t.id());
      if (!t.name().isEmpty()) tgws.add(t.name()); // LZA routes name their TGW
      for (TgwAttachment a : t.attachments()) held.add(a.type());
    }
    Set<String> peerings = new HashSet<>();
    for (Peering p : net.peerings()) peerings.add(p.id());
    Set<String> endpoints = new HashSet<>();
    for (Endpoint e : net.endpoints()) endpoints.add(e.id());
    for (TransitGateway t : net.transitGateways()) tgw(t);
    for (Peering p : net.peerings()) peering(p);
    for (Endpoint e : net.endpoints()) {
      if (!vpcs.contains(e.vpcId())) {
        add("endpoint " + e.id() + " is in VPC " + e.vpcId() + ", which is not in the inventory; export describe-vpcs"
            + " of the account that owns it", e.location(), new Resource("endpoint", e.id(), "", "", ""));
      }
    }
    for (Vpc v : net.vpcs()) {
      for (RouteTable rt : v.routeTables()) {
        for (Route r : rt.routes()) {
          // blackholes are reported as such; kinds the network holds none of (IGW, NAT …) are not checked
          String kind = switch (r.targetType()) {
            case TRANSIT_GATEWAY -> !tgws.isEmpty() && !tgws.contains(r.target()) ? "transit gateway" : null;
            case PEERING -> !peerings.isEmpty() && !peerings.contains(r.target()) ? "peering" : null;
            case VPC_ENDPOINT -> !endpoints.isEmpty() && !endpoints.contains(r.target()) ? "endpoint" : null;
            default -> null;
          };
          if (kind == null || r.target().isEmpty()) continue;
          Location at = rt.location().file().isEmpty() ? v.location() : rt.location();
          add("route " + r.destination() + " in " + rt.id() + " of " + Resource.vpc(v).label() + " targets " + kind + " "
              + r.target() + ", which is not in the inventory; export it from the account that owns it (shared to "
              + v.account() + "?), or delete the route", at, new Resource("route-table", rt.id(), rt.name(), v.account(),
              v.region()), Resource.vpc(v));
        }
      }
    }
  }

  private void tgw(TransitGateway t) {
    Set<String> atts = new HashSet<>();
    Resource tr = new Resource("transit-gateway", t.id(), t.name(), t.account(), t.region());
    for (TgwAttachment a : t.attachments()) {
      atts.add(a.id());
      if (a.type() != AttachmentType.VPC || a.resourceId().isEmpty() || vpcs.contains(a.resourceId())) continue;
      Location at = a.location().file().isEmpty() ? t.location() : a.location();
      add("attachment " + a.id() + " of " + t.id() + " attaches VPC " + a.resourceId() + ", which is not in the inventory; "
          + export(a.account(), t.region(), "describe-vpcs"), at,
          new Resource("tgw-attachment", a.id(), "", a.account(), t.region()), tr);
    }
    for (TgwRouteTable rt : t.routeTables()) {
      Location at = rt.location().file().isEmpty() ? t.location() : rt.location();
      Resource rr = new Resource("tgw-route-table", rt.id(), rt.name(), t.account(), t.region());
      for (String a : rt.associations()) unknownAttachment(atts, a, "associates", t, rt, rr, at);
      for (String a : rt.propagations()) unknownAttachment(atts, a, "has a propagation from", t, rt, rr, at);
      for (TgwRoute r : rt.routes()) {
        if (!r.attachmentId().isEmpty()) unknownAttachment(atts, r.attachmentId(), "routes " + r.destination() + " to", t, rt, rr, at);
      }
    }
  }

  private void unknownAttachment(Set<String> atts, String a, String verb, TransitGateway t, TgwRouteTable rt, Resource rr,
      Location at) {
    AttachmentType kind = kindOf(a);
    if (atts.contains(a) || (kind == null ? held.isEmpty() : !held.contains(kind))) return;
    add("TGW route table " + rt.id() + " of " + t.id() + " " + verb + " attachment " + a + ", which is not in the "
        + "inventory; export describe-transit-gateway-attachments of the accounts attached to " + t.id(), at, rr);
  }

  /**
   * AWS attachment ids say nothing of their kind; LZA names them "vpn:NAME", "dx:NAME",
   * "peering:NAME". A kind the network holds no attachment of is not checked (no noise for VPNs).
   */
  private static AttachmentType kindOf(String attachment) {
    int colon = attachment.indexOf(':');
    if (colon < 0) return null; // an AWS id: checked when the network holds attachments at all
    return switch (attachment.substring(0, colon)) {
      case "vpn" -> AttachmentType.VPN;
      case "dx" -> AttachmentType.DIRECT_CONNECT;
      case "peering" -> AttachmentType.PEERING;
      case "vpc" -> AttachmentType.VPC;
      default -> AttachmentType.OTHER;
    };
  }

  private void peering(Peering p) {
    boolean req = !vpcs.contains(p.requesterVpcId());
    boolean acc = !vpcs.contains(p.accepterVpcId());
    if (!req && !acc) return;
    String what;
    if (req && acc) {
      what = "both its VPCs, requester " + side(p.requesterVpcId(), p.requesterAccount(), p.requesterRegion())
          + " and accepter " + side(p.accepterVpcId(), p.accepterAccount(), p.accepterRegion()) + ", are";
    } else if (req) {
      what = "its requester VPC " + side(p.requesterVpcId(), p.requesterAccount(), p.requesterRegion()) + " is";
    } else {
      what = "its accepter VPC " + side(p.accepterVpcId(), p.accepterAccount(), p.accepterRegion()) + " is";
    }
    StringBuilder fix = new StringBuilder();
    if (req) fix.append(export(p.requesterAccount(), p.requesterRegion(), "describe-vpcs"));
    if (acc && !(req && p.accepterAccount().equals(p.requesterAccount()) && p.accepterRegion().equals(p.requesterRegion()))) {
      fix.append(fix.length() == 0 ? "" : "; ").append(export(p.accepterAccount(), p.accepterRegion(), "describe-vpcs"));
    }
    add("peering " + p.id() + ": " + what + " not in the inventory; " + fix
        + " (or ignore this if it is outside your organisation)", p.location(), new Resource("peering", p.id(), "", "", ""));
  }

  private static String side(String vpc, String account, String region) {
    String where = account.isEmpty() ? region : region.isEmpty() ? account : account + "/" + region;
    return where.isEmpty() ? vpc : vpc + " (" + where + ")";
  }

  /** How to fix it: which account (and region) to export, saying when that account is not in the inventory at all. */
  private String export(String account, String region, String call) {
    if (account.isEmpty()) return "export " + call + " of the account that owns it";
    String folder = "aws_configs/" + account + "/" + (region.isEmpty() ? "<region>" : region) + "/";
    return accounts.contains(account)
        ? "export " + call + " of account " + account + (region.isEmpty() ? "" : " in " + region) + " into " + folder
        : "account " + account + " is not in the inventory: export it into " + folder;
  }

  private void add(String message, Location at, Resource... resources) {
    out.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, message, at, resources));
  }
}
