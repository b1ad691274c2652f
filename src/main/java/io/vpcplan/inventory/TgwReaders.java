package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Location;
import io.vpcplan.model.TgwRoute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Elements of describe-transit-gateways, -attachments, -vpc-attachments, -route-tables, and the
 * keyed route/association/propagation files (see docs/validate.md): an object whose keys are TGW
 * route table ids and whose values are the lists search-transit-gateway-routes and
 * get-transit-gateway-route-table-associations / -propagations print for that table.
 */
final class TgwReaders {
  private TgwReaders() {}

  static void tgw(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[4]; // id, owner, state, name
    long[] asn = {0};
    boolean[] opt = new boolean[3]; // default association, default propagation, auto accept
    Jp.element(p, e, f -> {
      switch (f) {
        case "TransitGatewayId" -> s[0] = e.str(p, f);
        case "OwnerId" -> s[1] = e.str(p, f);
        case "State" -> s[2] = e.str(p, f);
        case "Tags" -> s[3] = Jp.nameTag(p, e);
        case "Options" -> Jp.object(p, e, f, o -> {
          switch (o) {
            case "AmazonSideAsn" -> asn[0] = e.num(p, "Options.AmazonSideAsn");
            case "DefaultRouteTableAssociation" -> opt[0] = "enable".equals(e.str(p, "Options." + o));
            case "DefaultRouteTablePropagation" -> opt[1] = "enable".equals(e.str(p, "Options." + o));
            case "AutoAcceptSharedAttachments" -> opt[2] = "enable".equals(e.str(p, "Options." + o));
            default -> p.skipChildren();
          }
        });
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("TransitGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (!Jp.live(s[2])) return;
    out.tgws.add(new Parsed.RawTgw(s[0], s[1], s[3], asn[0], opt[0], opt[1], opt[2], e.ctx, e.at));
  }

  /** TransitGatewayAttachments[] (vpcShape false) or TransitGatewayVpcAttachments[] (true). */
  static void attachment(JsonParser p, Elem e, Parsed out, boolean vpcShape) throws IOException {
    String[] s = new String[6]; // id, tgw, type, resource, owner, state
    String[] assoc = new String[2]; // table, state
    boolean[] appliance = {false};
    List<String> subnets = new ArrayList<>();
    if (vpcShape) s[2] = "vpc";
    Jp.element(p, e, f -> {
      switch (f) {
        case "TransitGatewayAttachmentId" -> s[0] = e.str(p, f);
        case "TransitGatewayId" -> s[1] = e.str(p, f);
        case "ResourceType" -> s[2] = e.str(p, f);
        case "ResourceId", "VpcId" -> s[3] = e.str(p, f);
        case "ResourceOwnerId", "VpcOwnerId" -> s[4] = e.str(p, f);
        case "State" -> s[5] = e.str(p, f);
        case "SubnetIds" -> Jp.array(p, e, f, i -> {
          String id = e.str(p, "SubnetIds[" + i + "]");
          if (id != null) subnets.add(id);
        });
        case "Association" -> Jp.object(p, e, f, a -> {
          if (a.equals("TransitGatewayRouteTableId")) assoc[0] = e.str(p, "Association." + a);
          else if (a.equals("State")) assoc[1] = e.str(p, "Association." + a);
          else p.skipChildren();
        });
        case "Options" -> Jp.object(p, e, f, o -> {
          if (o.equals("ApplianceModeSupport")) appliance[0] = "enable".equals(e.str(p, "Options." + o));
          else p.skipChildren();
        });
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("TransitGatewayAttachmentId");
    if (s[1] == null) e.missing("TransitGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (!Jp.live(s[5])) {
      out.goneIds.add(s[0]); // deleted, failed, rejected, pending: what names it is ignored too
      return;
    }
    String table = assoc[0] != null && Jp.is(assoc[1], "associated") ? assoc[0] : null;
    out.attachments.add(new Parsed.RawAttachment(s[0], s[1], type(s[2]), s[3], s[4], subnets, appliance[0], table,
        e.ctx, e.at));
  }

  static AttachmentType type(String resourceType) {
    if (resourceType == null) return AttachmentType.OTHER;
    return switch (resourceType) {
      case "vpc" -> AttachmentType.VPC;
      case "peering", "tgw-peering" -> AttachmentType.PEERING;
      case "vpn" -> AttachmentType.VPN;
      case "direct-connect-gateway" -> AttachmentType.DIRECT_CONNECT;
      case "connect" -> AttachmentType.CONNECT;
      default -> AttachmentType.OTHER;
    };
  }

  static void table(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[4]; // id, tgw, state, name
    Jp.element(p, e, f -> {
      switch (f) {
        case "TransitGatewayRouteTableId" -> s[0] = e.str(p, f);
        case "TransitGatewayId" -> s[1] = e.str(p, f);
        case "State" -> s[2] = e.str(p, f);
        case "Tags" -> s[3] = Jp.nameTag(p, e);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("TransitGatewayRouteTableId");
    if (s[1] == null) e.missing("TransitGatewayId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (Jp.is(s[2], "available")) out.tgwTables.add(new Parsed.RawTgwTable(s[0], s[1], s[3], e.ctx, e.at));
    else out.goneIds.add(s[0]); // deleting or deleted: its left-over routes are ignored without a note
  }

  /** Which keyed file is being read. */
  enum Keyed { ROUTES, ASSOCIATIONS, PROPAGATIONS }

  /**
   * Either keyed, {"tgw-rtb-…": [ … ], …}, or a list whose items carry their
   * TransitGatewayRouteTableId (how {@code vpcplan snapshot} writes them). The raw AWS output (a
   * list without table ids) is explained, not guessed.
   */
  static void keyed(JsonParser p, String key, Keyed kind, Parsed out) throws IOException {
    FileContext ctx = out.ctx;
    if (p.currentToken() == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Elem e = new Elem(ctx, Jp.loc(ctx.file(), p), key, i++);
        Location at = e.at;
        String[] table = {null};
        List<TgwRoute> routes = new ArrayList<>(1);
        List<String> atts = new ArrayList<>(1);
        List<String> inferred = new ArrayList<>(1);
        List<PrefixLists.Pending> via = new ArrayList<>(0);
        item(p, e, kind, table, routes, atts, inferred, via);
        if (table[0] == null && e.ok()) {
          e.problem(p, "TransitGatewayRouteTableId", "missing; the AWS CLI output does not name the route table, so add "
              + "it to each item or key the lists by route table id (docs/validate.md)");
        }
        if (!e.ok()) {
          out.findings.add(e.finding(null));
        } else {
          out.keyedAt.putIfAbsent(table[0], at);
          store(out, kind, table[0], routes, atts, inferred);
          for (PrefixLists.Pending r : via) out.tgwPrefixRoutes.add(r.in(table[0]));
        }
      }
      return;
    }
    if (p.currentToken() != JsonToken.START_OBJECT) {
      out.findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, key + ": expected an object keyed by TGW "
          + "route table id or a list of items with TransitGatewayRouteTableId, found " + Jp.describe(p), Jp.loc(ctx.file(), p)));
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String table = p.currentName();
      p.nextToken();
      Elem e = new Elem(ctx, Jp.loc(ctx.file(), p), key + "." + table);
      List<TgwRoute> routes = new ArrayList<>();
      List<String> atts = new ArrayList<>();
      List<String> inferred = new ArrayList<>();
      List<PrefixLists.Pending> via = new ArrayList<>(0);
      Jp.array(p, e, e.path(), i -> item(p, e, kind, new String[1], routes, atts, inferred, via));
      if (!e.ok()) {
        out.findings.add(e.finding(table));
      } else {
        out.keyedAt.putIfAbsent(table, e.at);
        store(out, kind, table, routes, atts, inferred);
        for (PrefixLists.Pending r : via) out.tgwPrefixRoutes.add(r.in(table));
      }
    }
  }

  private static void item(JsonParser p, Elem e, Keyed kind, String[] table, List<TgwRoute> routes, List<String> atts,
      List<String> inferred, List<PrefixLists.Pending> via) throws IOException {
    if (kind == Keyed.ROUTES) route(p, e, e.path(), table, routes, inferred, via);
    else member(p, e, e.path(), kind == Keyed.ASSOCIATIONS ? "associated" : "enabled", table, atts);
  }

  private static void store(Parsed out, Keyed kind, String table, List<TgwRoute> routes, List<String> atts,
      List<String> inferred) {
    if (kind == Keyed.ROUTES) {
      add(out.tgwRoutes, table, routes);
      add(out.tgwPropagations, table, inferred);
    } else {
      add(kind == Keyed.ASSOCIATIONS ? out.tgwAssociations : out.tgwPropagations, table, atts);
    }
  }

  private static <T> void add(Map<String, List<T>> m, String key, List<T> items) {
    m.computeIfAbsent(key, k -> new ArrayList<>()).addAll(items);
  }

  static void member(JsonParser p, Elem e, String at, String okState, String[] table, List<String> out)
      throws IOException {
    String[] s = new String[2];
    Jp.object(p, e, at, f -> {
      if (f.equals("TransitGatewayAttachmentId")) s[0] = e.str(p, at + "." + f);
      else if (f.equals("State")) s[1] = e.str(p, at + "." + f);
      else if (f.equals("TransitGatewayRouteTableId")) table[0] = e.str(p, at + "." + f);
      else p.skipChildren();
    });
    if (s[0] == null) e.missing(at + ".TransitGatewayAttachmentId");
    else if (Jp.is(s[1], okState)) out.add(s[0]);
  }

  /** A search-transit-gateway-routes route: static routes kept, propagated ones imply a propagation. */
  static void route(JsonParser p, Elem e, String at, String[] table, List<TgwRoute> routes,
      List<String> inferred, List<PrefixLists.Pending> viaLists) throws IOException {
    Cidr[] dest = {null};
    String[] s = new String[4]; // type, state, attachment, prefix list
    Location[] listAt = {null};
    Jp.object(p, e, at, f -> {
      switch (f) {
        case "DestinationCidrBlock" -> dest[0] = e.cidr(p, at + "." + f);
        case "PrefixListId" -> {
          listAt[0] = e.here(p);
          s[3] = e.str(p, at + "." + f);
        }
        case "Type" -> s[0] = e.str(p, at + "." + f);
        case "TransitGatewayRouteTableId" -> table[0] = e.str(p, at + "." + f);
        case "State" -> s[1] = e.str(p, at + "." + f);
        case "TransitGatewayAttachments" -> Jp.array(p, e, at + "." + f, i -> Jp.object(p, e, at + "." + f, a -> {
          if (a.equals("TransitGatewayAttachmentId") && s[2] == null) s[2] = e.str(p, at + "." + f + "." + a);
          else p.skipChildren();
        }));
        default -> p.skipChildren();
      }
    });
    boolean blackhole = "blackhole".equalsIgnoreCase(s[1]);
    if (!blackhole && !Jp.is(s[1], "active")) return;
    if (dest[0] == null) { // a prefix-list reference: one route per entry once the estate is assembled
      if (s[3] != null && (blackhole || s[2] != null)) {
        viaLists.add(new PrefixLists.Pending(s[3], blackhole ? io.vpcplan.model.RouteTarget.BLACKHOLE
            : io.vpcplan.model.RouteTarget.TRANSIT_GATEWAY, s[2], listAt[0]));
      }
      return;
    }
    // AWS lists each entry of a prefix-list reference as a route of type "propagated": it is the
    // reference's route to its attachment, not that attachment's propagation
    if ("propagated".equals(s[0]) && s[3] == null) {
      if (s[2] != null) inferred.add(s[2]);
    } else if (blackhole || s[2] != null) {
      routes.add(new TgwRoute(dest[0], s[2], blackhole));
    }
  }
}
