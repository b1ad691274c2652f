package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Location;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.TgwRoute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VPC routes whose destination is a customer-managed prefix list (pl-…). describe-route-tables
 * names the list, not its CIDRs; the entries come from get-managed-prefix-list-entries (whose
 * output does not say which list it is, so the file is named after it: pl-0abc.json) or from an
 * "Entries" list inside a PrefixLists element. Once the estate is
 * assembled each such route becomes one route per entry, as AWS evaluates it; a list whose
 * entries were not exported is a DANGLING_REFERENCE saying what to export, never silence.
 */
final class PrefixLists {
  private PrefixLists() {}

  /** A prefix-list route read before its table's id is known. */
  record Pending(String listId, RouteTarget type, String target, Location at) {
    Route in(String tableId) {
      return new Route(tableId, listId, type, target, at);
    }
  }

  record Route(String tableId, String listId, RouteTarget type, String target, Location at) {}

  /** A list by id: its name (may be empty) and entries (null when the file did not hold them). */
  record Entries(String id, String name, List<Cidr> cidrs, Location at) {}

  private static final Pattern ID = Pattern.compile("pl-[0-9a-zA-Z]+");

  /**
   * PrefixLists[] of describe-managed-prefix-lists (no entries) or describe-prefix-lists (Cidrs), and
   * an element with an Entries list of its own (snapshot writes them so).
   */
  static void list(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[2]; // id, name
    List<Cidr> cidrs = new ArrayList<>();
    boolean[] hasEntries = {false};
    Jp.element(p, e, f -> {
      switch (f) {
        case "PrefixListId" -> s[0] = e.str(p, f);
        case "PrefixListName" -> s[1] = e.str(p, f);
        case "Entries" -> {
          hasEntries[0] = true;
          entries(p, e, cidrs);
        }
        case "Cidrs" -> { // describe-prefix-lists (AWS service lists) prints the CIDRs themselves
          hasEntries[0] = true;
          Jp.array(p, e, f, i -> {
            Cidr c = e.cidr(p, "Cidrs[" + i + "]");
            if (c != null) cidrs.add(c);
          });
        }
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("PrefixListId");
    if (!e.ok()) out.findings.add(e.finding(s[0])); // a bad entry is named; the good ones still count
    if (s[0] == null) return;
    out.prefixLists.add(new Entries(s[0], s[1] == null ? "" : s[1], hasEntries[0] ? cidrs : null, e.at));
  }

  /** PrefixListEntries[] as snapshot writes them: one entry each, tagged with its list's PrefixListId. */
  static void entry(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] id = {null};
    Cidr[] c = {null};
    Jp.element(p, e, f -> {
      switch (f) {
        case "PrefixListId" -> id[0] = e.str(p, f);
        case "Cidr" -> c[0] = e.cidr(p, f);
        default -> p.skipChildren();
      }
    });
    if (id[0] == null) e.missing("PrefixListId");
    if (c[0] == null && e.ok()) e.missing("Cidr");
    if (!e.ok()) {
      out.findings.add(e.finding(id[0]));
      return;
    }
    out.prefixLists.add(new Entries(id[0], "", List.of(c[0]), e.at));
  }

  /** The top-level Entries of get-managed-prefix-list-entries: the list is the one the file is named after. */
  static void entriesFile(JsonParser p, Parsed out) throws IOException {
    Location at = Jp.loc(out.ctx.file(), p);
    String name = java.nio.file.Path.of(out.ctx.file()).getFileName().toString();
    Matcher m = ID.matcher(name);
    if (!m.find()) {
      p.skipChildren();
      out.findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "prefix-list entries, but the file name does"
          + " not say which list they belong to (get-managed-prefix-list-entries does not print it); name the file after"
          + " the list, such as pl-0123456789abcdef0.json; skipped", at));
      return;
    }
    Elem e = new Elem(out.ctx, at, "Entries");
    List<Cidr> cidrs = new ArrayList<>();
    entries(p, e, cidrs);
    if (!e.ok()) out.findings.add(e.finding(m.group()));
    out.prefixLists.add(new Entries(m.group(), "", cidrs, at));
  }

  private static void entries(JsonParser p, Elem e, List<Cidr> out) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return;
    Jp.array(p, e, "Entries", i -> Jp.object(p, e, "Entries[" + i + "]", f -> {
      if (f.equals("Cidr")) {
        Cidr c = e.cidr(p, "Entries[" + i + "].Cidr");
        if (c != null) out.add(c);
      } else {
        p.skipChildren();
      }
    }));
  }

  /**
   * Adds the prefix-list routes of VPC route tables ({@code tables}) and TGW route tables (the
   * files' own route lists, which TgwAssembly merges next) as one route per entry. A destination the
   * table already routes (a CIDR route, an earlier list) is left to that route, as AWS prefers it.
   */
  static void expand(Map<String, Parsed.RawRouteTable> tables, List<Parsed> files, List<Finding> findings) {
    Map<String, List<Route>> vpcRoutes = new LinkedHashMap<>();
    boolean tgw = false;
    Map<String, Entries> lists = new TreeMap<>();
    for (Parsed f : files) {
      for (Route r : f.prefixRoutes) vpcRoutes.computeIfAbsent(r.tableId(), k -> new ArrayList<>()).add(r);
      tgw |= !f.tgwPrefixRoutes.isEmpty();
      // a describe element names the list, entries (in one file or one per element) fill it
      for (Entries l : f.prefixLists) lists.merge(l.id(), l, PrefixLists::merged);
    }
    if (vpcRoutes.isEmpty() && !tgw) return;
    Map<String, List<Route>> missing = new TreeMap<>();
    vpcRoutes.forEach((id, via) -> {
      Parsed.RawRouteTable raw = tables.get(id);
      if (raw == null) return;
      RouteTable t = raw.table();
      List<io.vpcplan.model.Route> routes = new ArrayList<>(t.routes());
      Set<Cidr> routed = new HashSet<>();
      for (io.vpcplan.model.Route r : routes) routed.add(r.destination());
      for (Route r : via) {
        for (Cidr c : entries(r, lists, missing)) {
          if (routed.add(c)) routes.add(new io.vpcplan.model.Route(c, r.type(), r.target(), false));
        }
      }
      tables.put(id, new Parsed.RawRouteTable(raw.vpcId(), new RouteTable(t.id(), t.name(), routes, t.subnetIds(), t.main(),
          t.location()), raw.ctx(), raw.at()));
    });
    if (tgw) {
      Map<String, Set<Cidr>> routed = new HashMap<>();
      for (Parsed f : files) {
        f.tgwRoutes.forEach((t, l) -> {
          for (TgwRoute r : l) routed.computeIfAbsent(t, k -> new HashSet<>()).add(r.destination());
        });
      }
      // each entry joins its table's routes in the file that named the list (TgwAssembly merges them next)
      for (Parsed f : files) {
        for (Route r : f.tgwPrefixRoutes) {
          Set<Cidr> have = routed.computeIfAbsent(r.tableId(), k -> new HashSet<>());
          for (Cidr c : entries(r, lists, missing)) {
            if (have.add(c)) {
              f.tgwRoutes.computeIfAbsent(r.tableId(), k -> new ArrayList<>())
                  .add(new TgwRoute(c, r.target(), r.type() == RouteTarget.BLACKHOLE));
            }
          }
        }
      }
    }
    missing.forEach((id, routes) -> findings.add(missing(id, lists.get(id), routes)));
  }

  /** The list's entries, or none (noting the route) when the export does not hold them. */
  private static List<Cidr> entries(Route r, Map<String, Entries> lists, Map<String, List<Route>> missing) {
    Entries l = lists.get(r.listId());
    if (l != null && l.cidrs() != null) return l.cidrs();
    missing.computeIfAbsent(r.listId(), k -> new ArrayList<>()).add(r);
    return List.of();
  }

  private static Finding missing(String id, Entries l, List<Route> routes) {
    Set<String> tableIds = new java.util.TreeSet<>();
    for (Route r : routes) tableIds.add(r.tableId());
    int n = routes.size();
    return Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, (n == 1 ? "a route" : n + " routes") + " in "
        + String.join(", ", tableIds) + (n == 1 ? " goes" : " go") + " to prefix list " + id
        + (l != null && !l.name().isEmpty() ? " (" + l.name() + ")" : "") + ", whose entries are not in the export, so"
        + " reach and the route checks do not follow them; save `aws ec2 get-managed-prefix-list-entries"
        + " --prefix-list-id " + id + "` as " + id + ".json beside the route tables", routes.get(0).at());
  }

  private static Entries merged(Entries a, Entries b) {
    String name = !a.name().isEmpty() ? a.name() : b.name();
    if (a.cidrs() == null || b.cidrs() == null) {
      Entries with = a.cidrs() != null ? a : b;
      return new Entries(a.id(), name, with.cidrs(), with.at());
    }
    java.util.LinkedHashSet<Cidr> both = new java.util.LinkedHashSet<>(a.cidrs());
    both.addAll(b.cidrs());
    return new Entries(a.id(), name, List.copyOf(both), a.at());
  }
}
