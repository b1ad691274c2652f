package io.vpcplan.generate.roundtrip;

import io.vpcplan.change.Desired;
import io.vpcplan.change.Kind;
import io.vpcplan.change.Want;
import io.vpcplan.generate.roundtrip.Res.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A VPC's internet side as an artifact deploys it, as sorted facts "VPC: ..." named by the plan's
 * ids (vpcplan:id tags): NAT gateways (AZ, subnet), route tables, subnet associations, and routes
 * (table, destination, target kind). Two artifacts that give the same facts build the same
 * gateways and VPC route tables, whatever each calls its resources.
 */
final class Deployed {
  private final Map<String, Res> byKey = new LinkedHashMap<>();

  private Deployed(List<Res> resources) {
    for (Res r : resources) byKey.put(r.key(), r);
  }

  static List<String> of(List<Res> resources) {
    return new Deployed(resources).facts();
  }

  private Res deref(Ref ref) {
    Res r = ref == null ? null : byKey.get(ref.key());
    for (int i = 0; r != null && r.kind() == Res.Kind.ALIAS && i < 8; i++) r = r.ref("of") == null ? null : byKey.get(r.ref("of").key());
    return r;
  }

  private String id(Ref ref) {
    Res r = deref(ref);
    return r != null ? r.id() : ref == null ? "none" : ref.key();
  }

  private List<String> facts() {
    TreeSet<String> out = new TreeSet<>();
    for (Res r : byKey.values()) {
      switch (r.kind()) {
        case NAT -> {
          Res s = deref(r.ref("subnet"));
          out.add((s == null ? "?" : id(s.ref("vpc"))) + ": nat az=" + (s == null ? "?" : s.str("az"))
              + " subnet=" + (s == null ? id(r.ref("subnet")) : s.id()));
        }
        case ROUTE_TABLE -> out.add(id(r.ref("vpc")) + ": table " + r.id());
        case SUBNET_ASSOC -> {
          Res t = deref(r.ref("table"));
          out.add((t == null ? "?" : id(t.ref("vpc"))) + ": assoc " + id(r.ref("subnet")) + " -> " + id(r.ref("table")));
        }
        case ROUTE -> {
          Res t = deref(r.ref("table"));
          if (t == null || t.kind() != Res.Kind.ROUTE_TABLE) continue;
          Res target = deref(r.ref("target"));
          String kind = target != null ? target.kind().name() : r.ref("target") != null ? "EXTERNAL" : "NONE";
          String dest = r.str("dest").isEmpty() ? r.str("dest6") : r.str("dest");
          out.add(id(t.ref("vpc")) + ": route " + t.id() + " " + dest + " -> " + kind);
        }
        default -> {
          // not part of a VPC's internet side
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * What apply creates of the same: its NAT gateways, route tables, associations and routes, in
   * the same words (it creates no route to an egress-only gateway or over IPv6: those are notes of
   * its change set).
   */
  static List<String> ofApply(Desired.Result r) {
    TreeSet<String> out = new TreeSet<>();
    Map<String, String> vpcOf = new java.util.HashMap<>();
    Map<String, String> azOf = new java.util.HashMap<>();
    for (Want w : r.wants()) {
      if (w.kind() == Kind.ROUTE_TABLE) vpcOf.put(w.key(), w.prop("vpc"));
      if (w.kind() == Kind.SUBNET) azOf.put(w.key(), w.prop("az"));
    }
    for (Want w : r.wants()) {
      String vpc = vpcOf.getOrDefault(w.prop("table"), "?");
      if (w.kind() == Kind.ROUTE_TABLE) out.add(w.prop("vpc") + ": table " + w.key());
      if (w.kind() == Kind.NAT_GATEWAY) out.add(w.prop("vpc") + ": nat az=" + w.prop("az") + " subnet=" + w.prop("subnet"));
      if (w.kind() == Kind.ROUTE_TABLE_ASSOCIATION) out.add(vpc + ": assoc " + w.prop("subnet") + " -> " + w.prop("table"));
      if (w.kind() == Kind.ROUTE) {
        String kind = !w.prop("transitGateway").isEmpty() ? "TGW" : !w.prop("gateway").isEmpty() ? "IGW"
            : !w.prop("natGateway").isEmpty() ? "NAT" : !w.prop("peering").isEmpty() ? "PEERING" : "OTHER" + w.props().keySet();
        out.add(vpc + ": route " + w.prop("table") + " " + w.prop("destination") + " -> " + kind);
      }
    }
    return new ArrayList<>(out);
  }
}
