package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** LZA {@code prefixLists}: a route to a prefix list stands for one route per entry. */
final class LzaPrefixLists {
  static final Set<String> KEYS = Set.of("name", "accounts", "regions", "deploymentTargets", "addressFamily",
      "maxEntries", "entries", "tags");

  private final Map<String, List<Cidr>> lists = new LinkedHashMap<>();

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
        return name;
      });
    }
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
