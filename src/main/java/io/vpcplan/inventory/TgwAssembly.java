package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Location;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TgwRoute;
import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Transit gateways from all files: attachments merged by TGW and id (the generic and the VPC-specific
 * describe calls each know half), route tables with associations (from attachments and the keyed
 * file), propagations (keyed file, or implied by propagated routes) and static routes.
 */
final class TgwAssembly {
  private final List<Parsed> files;
  private final List<Finding> findings;
  private final Map<String, Parsed.RawAttachment> attachments = new TreeMap<>();

  TgwAssembly(List<Parsed> files, List<Finding> findings) {
    this.files = files;
    this.findings = findings;
  }

  List<TransitGateway> build() {
    Map<String, Parsed.RawTgw> tgws = new TreeMap<>();
    Map<String, Parsed.RawTgwTable> tables = new TreeMap<>();
    Map<String, List<TgwRoute>> routes = new TreeMap<>();
    Map<String, Set<String>> assoc = new TreeMap<>();
    Map<String, Set<String>> props = new TreeMap<>();
    Map<String, Location> keyedAt = new TreeMap<>();
    for (Parsed f : files) {
      for (Parsed.RawTgw t : f.tgws) tgws.merge(t.id(), t, (a, b) -> Estate.own(a.owner(), a.ctx()) || !Estate.own(b.owner(), b.ctx()) ? a : b);
      for (Parsed.RawTgwTable t : f.tgwTables) tables.putIfAbsent(t.id(), t);
      // keyed by TGW too: both sides of a TGW peering report the one attachment id, each with its own TGW
      for (Parsed.RawAttachment a : f.attachments) attachments.merge(a.tgwId() + "|" + a.id(), a, TgwAssembly::merge);
      f.tgwRoutes.forEach((t, l) -> routes.computeIfAbsent(t, k -> new ArrayList<>()).addAll(l));
      f.tgwAssociations.forEach((t, l) -> assoc.computeIfAbsent(t, k -> new TreeSet<>()).addAll(l));
      f.tgwPropagations.forEach((t, l) -> props.computeIfAbsent(t, k -> new TreeSet<>()).addAll(l));
      f.keyedAt.forEach((t, at) -> keyedAt.putIfAbsent(t, at));
    }
    Set<String> gone = dropGone(assoc, props, routes);
    for (Parsed.RawAttachment a : attachments.values()) {
      if (a.associatedTable() != null) assoc.computeIfAbsent(a.associatedTable(), k -> new TreeSet<>()).add(a.id());
    }
    keyedAt.forEach((t, at) -> {
      if (!tables.containsKey(t) && !gone.contains(t)) {
        findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "routes, associations or propagations are "
            + "given for TGW route table " + t + ", which is not in any TransitGatewayRouteTables file; they are ignored", at));
      }
    });
    Map<String, List<TgwRouteTable>> tablesOf = new TreeMap<>();
    for (Parsed.RawTgwTable t : tables.values()) {
      List<TgwRoute> rs = new ArrayList<>(routes.getOrDefault(t.id(), List.of()));
      rs.sort(Comparator.comparing(TgwRoute::destination).thenComparing(TgwRoute::attachmentId));
      tablesOf.computeIfAbsent(t.tgwId(), k -> new ArrayList<>()).add(new TgwRouteTable(t.id(), t.name(),
          List.copyOf(assoc.getOrDefault(t.id(), Set.of())), List.copyOf(props.getOrDefault(t.id(), Set.of())), rs, t.at()));
    }
    Map<String, List<TgwAttachment>> attsOf = new TreeMap<>();
    Map<String, FileContext> seenIn = new TreeMap<>();
    for (Parsed.RawAttachment a : attachments.values()) {
      attsOf.computeIfAbsent(a.tgwId(), k -> new ArrayList<>()).add(new TgwAttachment(a.id(), a.tgwId(), a.type(),
          a.resourceId(), a.resourceOwner(), a.subnetIds(), a.applianceMode(), a.at()));
      seenIn.putIfAbsent(a.tgwId(), a.ctx());
    }
    for (Parsed.RawTgwTable t : tables.values()) seenIn.putIfAbsent(t.tgwId(), t.ctx());
    Set<String> ids = new TreeSet<>(tgws.keySet());
    ids.addAll(seenIn.keySet());
    List<TransitGateway> out = new ArrayList<>();
    for (String id : ids) {
      Parsed.RawTgw t = tgws.get(id);
      List<TgwAttachment> atts = attsOf.get(id);
      List<TgwRouteTable> tbs = tablesOf.get(id);
      if (t == null) {
        // Attached to, but not exported (shared from an account outside the export): keep its attachments.
        FileContext ctx = seenIn.get(id);
        out.add(new TransitGateway(id, "", "", ctx.region(), 0, false, false, false, atts, tbs, Location.of(ctx.file())));
        continue;
      }
      String account = t.owner() != null && !t.owner().isEmpty() ? t.owner() : t.ctx().account();
      out.add(new TransitGateway(id, t.name(), account, t.ctx().region(), t.asn(), t.defaultAssociation(),
          t.defaultPropagation(), t.autoAccept(), atts, tbs, t.at()));
    }
    return out;
  }

  /**
   * A deleted or failed attachment's association, propagation and routes (and a deleted TGW route
   * table's) are left over in an export taken while it went away: they carry no traffic, and nothing
   * is missing from the export. Returns the ids gone.
   */
  private Set<String> dropGone(Map<String, Set<String>> assoc, Map<String, Set<String>> props,
      Map<String, List<TgwRoute>> routes) {
    Set<String> gone = new TreeSet<>();
    for (Parsed f : files) gone.addAll(f.goneIds);
    if (gone.isEmpty()) return gone;
    for (Parsed.RawAttachment a : attachments.values()) gone.remove(a.id()); // live in another account's export
    for (Parsed f : files) for (Parsed.RawTgwTable t : f.tgwTables) gone.remove(t.id());
    assoc.values().forEach(s -> s.removeAll(gone));
    props.values().forEach(s -> s.removeAll(gone));
    routes.values().forEach(l -> l.removeIf(r -> gone.contains(r.attachmentId())));
    return gone;
  }

  /** Subnets used by VPC attachments: they get the tgw-attachment purpose. */
  Set<String> attachmentSubnets() {
    Set<String> s = new HashSet<>();
    for (Parsed.RawAttachment a : attachments.values()) s.addAll(a.subnetIds());
    return s;
  }

  private static Parsed.RawAttachment merge(Parsed.RawAttachment a, Parsed.RawAttachment b) {
    AttachmentType type = a.type() != AttachmentType.OTHER ? a.type() : b.type();
    String resource = a.resourceId() != null ? a.resourceId() : b.resourceId();
    String owner = a.resourceOwner() != null ? a.resourceOwner() : b.resourceOwner();
    List<String> subnets = !a.subnetIds().isEmpty() ? a.subnetIds() : b.subnetIds();
    String table = a.associatedTable() != null ? a.associatedTable() : b.associatedTable();
    return new Parsed.RawAttachment(a.id(), a.tgwId(), type, resource, owner, subnets,
        a.applianceMode() || b.applianceMode(), table, a.ctx(), a.at());
  }
}
