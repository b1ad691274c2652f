package io.vpcplan.inventory;

import io.vpcplan.model.Suggest;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.io.Fields;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Account;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an LZA network-config.yaml: VPCs and VPC templates with static cidrs (ipamAllocations are
 * decided at deploy time and reported as such), subnets, route tables, transit gateways with
 * their route tables and VPC attachments, and VPC peering. Accounts are LZA account names.
 * Unknown keys in these sections are errors with file:line and a suggestion.
 */
public final class LzaImporter {
  private LzaImporter() {}

  public static Inventory read(Path file) {
    return read(file.toString(), YamlReader.read(file));
  }

  public static Inventory read(String file, YNode root) {
    if (!root.isMap()) throw root.error("an LZA network-config.yaml is a mapping with keys such as vpcs and transitGateways");
    Fields top = new Fields(root, LzaKeys.TOP);
    List<Finding> findings = new ArrayList<>();
    String home = top.text("homeRegion", "");
    List<LzaVpcs.Built> built = new ArrayList<>();
    for (YNode n : top.list("vpcs")) built.add(LzaVpcs.vpc(n, false, home, findings));
    for (YNode n : top.list("vpcTemplates")) built.add(LzaVpcs.vpc(n, true, home, findings));
    Map<String, Vpc> byName = new LinkedHashMap<>();
    for (LzaVpcs.Built b : built) {
      if (byName.putIfAbsent(b.vpc().name(), b.vpc()) != null) {
        throw b.node().error("duplicate VPC name '" + b.vpc().name() + "'; LZA refers to VPCs by name, so names must be unique");
      }
    }
    LzaTgws tgws = new LzaTgws(top.list("transitGateways"), home, findings);
    for (LzaVpcs.Built b : built) tgws.attach(b, byName);
    List<Peering> peerings = peerings(top.list("vpcPeering"), byName, findings);
    templateFindings(built, findings);
    List<Vpc> vpcs = new ArrayList<>();
    TreeSet<String> accounts = new TreeSet<>();
    for (LzaVpcs.Built b : built) {
      vpcs.add(b.vpc());
      accounts.add(b.vpc().account());
    }
    accounts.addAll(tgws.accounts());
    List<Account> accs = new ArrayList<>();
    for (String a : accounts) accs.add(Account.isAccountId(a) ? new Account(a, "", "", "") : new Account("", a, "", ""));
    Network net = new Network(accs, vpcs, tgws.build(), peerings, List.of(), List.of(), List.of(), List.of(), List.of());
    return new Inventory(net, findings);
  }

  private static List<Peering> peerings(List<YNode> nodes, Map<String, Vpc> byName, List<Finding> findings) {
    List<Peering> out = new ArrayList<>();
    for (YNode n : nodes) {
      Fields f = new Fields(n, LzaKeys.PEERING);
      String name = f.requiredText("name");
      List<YNode> ends = f.required("vpcs").asList();
      if (ends.size() != 2) throw f.get("vpcs").error("a peering names exactly two VPCs, found " + ends.size());
      Vpc a = byName.get(ends.get(0).asText());
      Vpc b = byName.get(ends.get(1).asText());
      if (a == null || b == null) {
        YNode bad = a == null ? ends.get(0) : ends.get(1);
        findings.add(Finding.of(Code.DANGLING_REFERENCE, Severity.WARNING, "peering " + name + " names VPC '" + bad.asText()
            + "', which is not in vpcs or vpcTemplates" + io.vpcplan.model.Suggest.hint(bad.asText(), byName.keySet()),
            bad.location()));
        continue;
      }
      out.add(new Peering(name, a.id(), b.id(), n.location()));
    }
    return out;
  }

  /**
   * A template with static cidrs gives every target account the same ranges; with a TGW
   * attachment those identical VPCs also share a route domain.
   */
  private static void templateFindings(List<LzaVpcs.Built> built, List<Finding> findings) {
    for (LzaVpcs.Built b : built) {
      if (!b.template() || b.vpc().cidrs().isEmpty() || !b.multiTarget()) continue;
      Vpc v = b.vpc();
      boolean attached = b.node().get("transitGatewayAttachments") != null
          && !b.node().get("transitGatewayAttachments").asList().isEmpty();
      StringBuilder ranges = new StringBuilder();
      for (Cidr c : v.cidrs()) ranges.append(ranges.length() == 0 ? "" : ", ").append(c);
      findings.add(new Finding(Code.VPC_CIDR_OVERLAP_GROUP, attached ? Severity.ERROR : Severity.WARNING,
          "VPC template " + v.name() + " has static cidrs (" + ranges + ") and is deployed to " + v.account()
              + ": every target account gets the same range" + (attached ? ", and they attach to one TGW, which cannot "
              + "route between identical CIDRs; use ipamAllocations instead" : "; use ipamAllocations if they will ever be connected"),
          List.of(Resource.vpc(v)), v.cidrs().get(0), v.location()));
    }
  }
}
