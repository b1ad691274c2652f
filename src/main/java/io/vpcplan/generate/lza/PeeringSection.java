package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LZA {@code transitGatewayPeering} (one entry per inter-region TGW peering, the requester being
 * the TGW whose id sorts first) and {@code vpcPeering}. A TGW peering needs its route table
 * association on both sides; one without is told in the notes and left out, with its routes.
 */
final class PeeringSection {
  private final Network network;
  private final LzaNames names;
  private final TgwSection tgws;
  private final GenerateOptions options;
  private final Map<String, List<TransitGateway>> sides = new LinkedHashMap<>();

  PeeringSection(Network network, LzaNames names, TgwSection tgws, GenerateOptions options, Notes notes) {
    this.network = network;
    this.names = names;
    this.tgws = tgws;
    this.options = options;
    for (TransitGateway t : tgws.sorted()) {
      for (TgwAttachment a : t.attachments()) {
        if (a.type() == AttachmentType.PEERING) sides.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(t);
      }
    }
    for (Map.Entry<String, List<TransitGateway>> e : sides.entrySet()) {
      Map<String, String> tables = new LinkedHashMap<>();
      for (TransitGateway t : e.getValue()) {
        for (TgwRouteTable rt : t.routeTables()) {
          if (rt.associations().contains(e.getKey())) tables.putIfAbsent(t.id(), names.tgwTable(t.id(), rt.name()));
        }
      }
      if (e.getValue().size() == 2 && tables.size() == 2) tgws.peeringTables.put(e.getKey(), tables);
      else notes.add("TGW peering " + e.getKey() + " is not written: it needs both of its transit gateways in the network and a "
          + "route table association on each side.");
    }
  }

  ArrayNode transitGatewayPeering() {
    ArrayNode out = LzaYaml.F.arrayNode();
    for (Map.Entry<String, List<TransitGateway>> e : sides.entrySet()) {
      Map<String, String> tables = tgws.peeringTables.get(e.getKey());
      if (tables == null) continue;
      TransitGateway req = e.getValue().get(0);
      TransitGateway acc = e.getValue().get(1);
      ObjectNode o = out.addObject().put("name", names.tgwPeering(e.getKey()));
      ObjectNode r = o.putObject("requester").put("transitGatewayName", names.tgw(req.id())).put("account", req.account())
          .put("region", req.region()).put("routeTableAssociations", tables.get(req.id()));
      r.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), e.getKey(), null, Map.of())));
      o.putObject("accepter").put("transitGatewayName", names.tgw(acc.id())).put("account", acc.account())
          .put("region", acc.region()).put("routeTableAssociations", tables.get(acc.id()))
          .put("autoAccept", true).put("applyTags", true);
    }
    return out;
  }

  ArrayNode vpcPeering() {
    ArrayNode out = LzaYaml.F.arrayNode();
    List<Peering> ps = new ArrayList<>(network.peerings());
    ps.sort(Comparator.comparing(Peering::id));
    for (Peering p : ps) {
      ObjectNode o = out.addObject().put("name", names.peering(p.id()));
      o.putArray("vpcs").add(names.vpc(p.requesterVpcId())).add(names.vpc(p.accepterVpcId()));
      o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), p.id(), null, Map.of())));
    }
    return out;
  }
}
