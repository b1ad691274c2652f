package io.vpcplan.render;

import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Regions, accounts, VPCs and TGWs with every connection: attachments coloured by segment (to the
 * route table they are associated with), peerings, TGW peerings, PrivateLink and overlaps, and
 * on-premises sites with their Direct Connect and VPN links ({@link OnPremises}).
 */
final class OverviewDiagram {
  private final NetworkIndex idx;
  private final Placement place;
  private final Legend legend = new Legend();
  private final Scene scene = new Scene();

  OverviewDiagram(NetworkIndex idx, boolean aggregate) {
    this.idx = idx;
    this.place = new Placement(idx, scene, aggregate, idx.vpcs);
  }

  String write(String title) {
    List<VpcOverlap> overlaps = VpcOverlap.star(idx.vpcs);
    Set<String> conflicted = new TreeSet<>();
    for (VpcOverlap o : overlaps) {
      conflicted.add(o.a().id());
      conflicted.add(o.b().id());
    }
    for (Vpc v : idx.vpcs) place.vpc(v, conflicted.contains(v.id()));
    for (TransitGateway t : idx.tgws) place.tgw(t);
    attachments();
    tgwPeerings();
    peerings();
    privateLinks();
    new OnPremises(idx, place, scene, legend).draw();
    for (VpcOverlap o : overlaps) {
      scene.edge(place.nodeOf(o.a()), place.nodeOf(o.b()), Scene.Kind.OVERLAP, Style.CONFLICT,
          o.identical() ? o.inner() + " twice" : o.outer() + " contains " + o.inner());
      legend.add("CIDR overlap", Style.CONFLICT, "bold");
    }
    if (!conflicted.isEmpty()) legend.add("VPC with a conflict (red border)", Style.CONFLICT, "box");
    place.finish();
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan"));
    Style.header(dot, title, "LR");
    scene.write(dot);
    if (scene.isEmpty()) dot.node("empty", "label", "This network has no VPCs or transit gateways.", "shape", "note");
    legend.write(dot);
    return dot.close().toString();
  }

  private void attachments() {
    SortedMap<String, String> segmentsUsed = new TreeMap<>();
    Set<String> onPrem = OnPremises.drawn(idx.network.hybrid());
    for (TransitGateway t : idx.tgws) {
      for (TgwAttachment a : NetworkIndex.sortedAttachments(t)) {
        TgwRouteTable rt = idx.tableOf(a);
        String to = Nodes.tgw(t) + (rt == null ? "" : "|" + Nodes.tablePort(t, rt.id()));
        if (a.type() == AttachmentType.VPC) {
          Vpc v = idx.vpcById.get(a.resourceId());
          String seg = idx.segmentOf(a);
          String colour = idx.style.segment(seg);
          String from = v != null ? place.nodeOf(v) : place.external(a.resourceId());
          scene.edge(to, from, Scene.Kind.ATTACHMENT, colour, "");
          segmentsUsed.put(seg, colour);
        } else if (a.type() != AttachmentType.PEERING && !onPrem.contains(a.resourceId())) {
          String node = place.other(t, a);
          scene.edge(node, to, Scene.Kind.ATTACHMENT, Style.NO_SEGMENT, "");
          segmentsUsed.put("", Style.NO_SEGMENT);
        }
      }
    }
    for (var e : segmentsUsed.entrySet()) {
      legend.add(e.getKey().isEmpty() ? "TGW attachment (no segment)" : "TGW attachment, segment " + e.getKey(),
          e.getValue(), "solid");
    }
  }

  private void tgwPeerings() {
    for (List<String> p : idx.tgwPeerings()) {
      String a = idx.tgwById.containsKey(p.get(0)) ? Nodes.tgw(idx.tgwById.get(p.get(0))) : place.externalTgw(p.get(0));
      String b = idx.tgwById.containsKey(p.get(1)) ? Nodes.tgw(idx.tgwById.get(p.get(1))) : place.externalTgw(p.get(1));
      scene.edge(a, b, Scene.Kind.TGW_PEERING, Style.TGW_PEERING, "TGW peering");
      legend.add("TGW peering", Style.TGW_PEERING, "bold");
    }
  }

  private void peerings() {
    for (Peering p : idx.peerings()) {
      scene.edge(place.vpcOrExternal(p.requesterVpcId()), place.vpcOrExternal(p.accepterVpcId()), Scene.Kind.PEERING,
          Style.PEERING, "");
      legend.add("VPC peering", Style.PEERING, "bold");
    }
  }

  private void privateLinks() {
    for (NetworkIndex.PrivateLink l : idx.privateLinks()) {
      scene.edge(place.vpcOrExternal(l.consumer()), place.vpcOrExternal(l.provider()), Scene.Kind.PRIVATELINK,
          Style.PRIVATELINK, l.service());
      legend.add("PrivateLink, consumer → service", Style.PRIVATELINK, "dashed");
    }
  }
}
