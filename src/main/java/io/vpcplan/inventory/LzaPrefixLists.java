package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.InputException;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LZA {@code prefixLists}: a route to a prefix list stands for one route per entry. A list tagged
 * vpcplan:site is an on-premises site (vpcplan's LZA target writes sites so): its entries are the
 * site's ranges, vpcplan:site-asn its BGP ASN, vpcplan:site-reaches the segments it reaches.
 */
final class LzaPrefixLists {
  static final Set<String> KEYS = Set.of("name", "accounts", "regions", "deploymentTargets", "addressFamily",
      "maxEntries", "entries", "tags");

  private final Map<String, List<Cidr>> lists = new LinkedHashMap<>();
  private final List<OnPremSite> sites = new ArrayList<>();

  LzaPrefixLists(List<YNode> nodes, List<Finding> findings) {
    for (YNode n : nodes) {
      LzaFields.element("prefix list", findings, () -> {
        LzaFields f = new LzaFields(n, KEYS, findings);
        String name = f.requiredText("name");
        List<Cidr> entries = new ArrayList<>();
        for (YNode e : f.list("entries")) {
          Cidr c = LzaFields.element("prefix-list entry", findings, () -> LzaFields.cidr(e));
          if (c != null && !entries.contains(c)) entries.add(c);
        }
        if (lists.putIfAbsent(name, entries) != null) {
          throw f.get("name").error("duplicate prefix list '" + name + "'; names must be unique");
        }
        site(f, entries, n);
        return name;
      });
    }
  }

  /** The on-premises sites vpcplan wrote as tagged prefix lists (its LZA target), sorted by name. */
  List<OnPremSite> sites() {
    return sites.stream().sorted(java.util.Comparator.comparing(OnPremSite::name)).toList();
  }

  private void site(LzaFields f, List<Cidr> entries, YNode n) {
    Map<String, String> tags = tags(f.get("tags"));
    String site = tags.getOrDefault("vpcplan:site", "");
    if (site.isEmpty()) return;
    long asn = 65000;
    try {
      asn = Long.parseLong(tags.getOrDefault("vpcplan:site-asn", "65000").strip());
    } catch (NumberFormatException e) {
      throw f.get("tags").error("vpcplan:site-asn '" + tags.get("vpcplan:site-asn") + "' is not a BGP ASN (a whole number)");
    }
    String reaches = tags.getOrDefault("vpcplan:site-reaches", "").strip();
    sites.add(new OnPremSite(site, entries, asn, reaches.isEmpty() ? List.of() : List.of(reaches.split("\\s+")), n.location()));
  }

  /** LZA tags ([{key, value}]) as a map; anything else gives none. */
  static Map<String, String> tags(YNode list) {
    Map<String, String> out = new LinkedHashMap<>();
    if (list == null || !list.isList()) return out;
    for (YNode t : list.asList()) {
      if (!t.isMap() || t.get("key") == null || t.get("value") == null) continue;
      if (t.get("key").isScalar() && t.get("value").isScalar()) out.put(t.get("key").asText(), t.get("value").asText());
    }
    return out;
  }

  /** The entries of the named list; an error naming the list when it is not defined. */
  List<Cidr> entries(YNode name) {
    String s = LzaPlaceholders.check(name).strip();
    List<Cidr> l = lists.get(s);
    if (l == null) {
      throw new InputException(name.location(), name.path(), "prefix list '" + s + "' is not defined in prefixLists"
          + Suggest.hint(s, lists.keySet()) + "; define it or fix the name");
    }
    return l;
  }

  static void dangling(InputException e, List<Finding> findings, String what) {
    findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, e.field() + ": " + e.problem() + "; this " + what
        + " is skipped", e.location()));
  }
}
