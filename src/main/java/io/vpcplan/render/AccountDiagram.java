package io.vpcplan.render;

import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One account: its VPCs per region, each drawn as a grid of subnets (a row per tier, a column per
 * AZ), with the TGWs, peers, services and conflicting VPCs they connect to drawn plainly outside.
 */
final class AccountDiagram {
  private final NetworkIndex idx;
  private final String account;

  AccountDiagram(NetworkIndex idx, String account) {
    this.idx = idx;
    this.account = account;
  }

  String write(String title) {
    List<Vpc> mine = idx.vpcs.stream().filter(v -> matches(v.account())).toList();
    if (mine.isEmpty()) throw new IllegalArgumentException(unknown());
    Set<String> ids = new TreeSet<>();
    for (Vpc v : mine) ids.add(v.id());
    Scene scene = new Scene();
    Legend legend = new Legend();
    for (Vpc v : mine) {
      scene.root.child("r:" + v.region(), "label", idx.accountLabel(v.account()) + " · " + v.region(), "style",
          "rounded,filled", "fillcolor", Style.REGION_FILL, "color", "#8899aa", "fontsize", "14", "margin", "14")
          .node(Nodes.vpc(v), SubnetGrid.attrs(v, idx.style.segment(v.segment())));
      if (!v.segment().isEmpty()) legend.add("segment " + v.segment(), idx.style.segment(v.segment()), "box");
    }
    for (TransitGateway t : idx.tgws) {
      for (TgwAttachment a : NetworkIndex.sortedAttachments(t)) {
        if (a.type() != AttachmentType.VPC || !ids.contains(a.resourceId())) continue;
        scene.root.node(Nodes.tgw(t), Nodes.tgwAttrs(t, idx.style, idx));
        var rt = idx.tableOf(a);
        String colour = idx.style.segment(idx.segmentOf(a));
        scene.edge(Nodes.tgw(t) + (rt == null ? "" : "|" + Nodes.tablePort(t, rt.id())),
            Nodes.vpc(idx.vpcById.get(a.resourceId())), Scene.Kind.ATTACHMENT, colour, "");
        legend.add("TGW attachment", colour, "solid");
      }
    }
    for (Peering p : idx.peerings()) {
      if (!ids.contains(p.requesterVpcId()) && !ids.contains(p.accepterVpcId())) continue;
      scene.edge(other(scene, p.requesterVpcId(), ids), other(scene, p.accepterVpcId(), ids), Scene.Kind.PEERING,
          Style.PEERING, "");
      legend.add("VPC peering", Style.PEERING, "bold");
    }
    for (NetworkIndex.PrivateLink l : idx.privateLinks()) {
      if (!ids.contains(l.consumer()) && !ids.contains(l.provider())) continue;
      scene.edge(other(scene, l.consumer(), ids), other(scene, l.provider(), ids), Scene.Kind.PRIVATELINK,
          Style.PRIVATELINK, l.service());
      legend.add("PrivateLink, consumer → service", Style.PRIVATELINK, "dashed");
    }
    for (VpcOverlap o : VpcOverlap.find(idx.vpcs)) {
      if (!ids.contains(o.a().id()) && !ids.contains(o.b().id())) continue;
      scene.edge(other(scene, o.a().id(), ids), other(scene, o.b().id(), ids), Scene.Kind.OVERLAP, Style.CONFLICT,
          o.identical() ? o.inner() + " twice" : o.outer() + " contains " + o.inner());
      legend.add("CIDR overlap", Style.CONFLICT, "bold");
    }
    Dot dot = new Dot().open("digraph " + Dot.quote("vpcplan-account"));
    Style.header(dot, title, "LR");
    scene.write(dot);
    legend.write(dot);
    return dot.close().toString();
  }

  /** A VPC outside this account, drawn as a plain box (or as "outside this network"). */
  private String other(Scene scene, String vpcId, Set<String> mine) {
    Vpc v = idx.vpcById.get(vpcId);
    if (v == null) {
      scene.root.node(Nodes.external(vpcId), Nodes.externalAttrs(vpcId));
      return Nodes.external(vpcId);
    }
    if (!mine.contains(vpcId)) {
      scene.root.node(Nodes.vpc(v), "label", NetworkIndex.vpcName(v) + "\n" + v.account() + " · " + v.region() + "\n"
          + Nodes.cidrs(v), "style", "rounded", "color", "#999999");
    }
    return Nodes.vpc(v);
  }

  /** How many VPCs the view of this account draws. */
  long vpcCount() {
    return idx.vpcs.stream().filter(v -> matches(v.account())).count();
  }

  private boolean matches(String key) {
    if (key.equals(account)) return true;
    Account a = idx.accounts.get(key);
    return a != null && (a.name().equals(account) || a.id().equals(account));
  }

  private String unknown() {
    Set<String> known = new TreeSet<>();
    for (Vpc v : idx.vpcs) known.add(v.account());
    List<String> some = new ArrayList<>(known).subList(0, Math.min(12, known.size()));
    return "no VPCs in account '" + account + "'; accounts with VPCs: " + (some.isEmpty() ? "none"
        : String.join(", ", some) + (known.size() > some.size() ? ", …" : ""));
  }
}
