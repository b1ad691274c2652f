package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Suggest;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** LZA vpcPeering: two VPC names; a template name stands for each of its target accounts' VPCs. */
final class LzaPeerings {
  private LzaPeerings() {}

  static List<Peering> read(List<YNode> nodes, Map<String, List<Vpc>> byName, List<Finding> findings) {
    List<Peering> out = new ArrayList<>();
    for (YNode n : nodes) {
      LzaFields.element("VPC peering", findings, () -> {
        LzaFields f = new LzaFields(n, LzaKeys.PEERING, findings);
        String name = f.requiredText("name");
        List<YNode> ends = f.list("vpcs");
        if (ends.size() != 2) throw n.error("a peering names exactly two VPCs in 'vpcs', found " + ends.size());
        List<Vpc> a = byName.get(LzaPlaceholders.check(ends.get(0)).strip());
        List<Vpc> b = byName.get(LzaPlaceholders.check(ends.get(1)).strip());
        if (a == null || b == null) {
          for (YNode bad : ends) {
            if (byName.containsKey(bad.asText().strip())) continue;
            findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "peering " + name + " names VPC '"
                + bad.asText() + "', which is not in vpcs or vpcTemplates (or was skipped)"
                + Suggest.hint(bad.asText(), byName.keySet()), bad.location()));
          }
          return null;
        }
        boolean many = a.size() * b.size() > 1;
        for (Vpc x : a) {
          for (Vpc y : b) {
            String id = many ? name + "/" + x.account() + "/" + y.account() : name;
            out.add(new Peering(id, x.id(), y.id(), n.location()));
          }
        }
        return name;
      });
    }
    return out;
  }
}
