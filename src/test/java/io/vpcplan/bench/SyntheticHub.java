package io.vpcplan.bench;

import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Segment;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds what a hub design would: one TGW per region owned by the network account, a route table
 * per segment, every VPC attached and associated with its segment's table and propagating into
 * the tables of the segments that reach it. For benchmarks until the topology designer is merged.
 */
public final class SyntheticHub {
  private SyntheticHub() {}

  public static Network add(Network n, String networkAccount) {
    Map<String, List<Vpc>> byRegion = new TreeMap<>();
    for (Vpc v : n.vpcs()) byRegion.computeIfAbsent(v.region(), r -> new ArrayList<>()).add(v);
    List<TransitGateway> tgws = new ArrayList<>();
    long asn = 64512;
    for (Map.Entry<String, List<Vpc>> e : byRegion.entrySet()) {
      String tgw = "tgw-" + e.getKey();
      List<TgwAttachment> atts = new ArrayList<>();
      Map<String, List<String>> assoc = new TreeMap<>();
      for (Vpc v : e.getValue()) {
        String id = "tgw-attach-" + v.id().replace('/', '-');
        atts.add(new TgwAttachment(id, tgw, AttachmentType.VPC, v.id(), v.account(), List.of(), false));
        assoc.computeIfAbsent(v.segment(), s -> new ArrayList<>()).add(id);
      }
      List<TgwRouteTable> tables = new ArrayList<>();
      for (Segment s : n.segments()) {
        List<String> props = new ArrayList<>(assoc.getOrDefault(s.name(), List.of()));
        for (String r : s.reaches()) props.addAll(assoc.getOrDefault(r, List.of()));
        tables.add(new TgwRouteTable("tgw-rtb-" + e.getKey() + "-" + s.name(), s.name(),
            assoc.getOrDefault(s.name(), List.of()), props, List.of()));
      }
      tgws.add(new TransitGateway(tgw, "hub-" + e.getKey(), networkAccount, e.getKey(), asn++, false, false, false, atts,
          tables, null));
    }
    return n.withTopology(tgws, n.peerings(), n.ramShares());
  }
}
