package io.vpcplan.inventory;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Resource;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Account;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an LZA network-config.yaml: VPCs and VPC templates (one VPC per target account), IPAM
 * pools and allocations, subnets, route tables, prefix lists, transit gateways with route tables
 * and VPC attachments, TGW peering and VPC peering, with what LZA leaves implicit (local routes,
 * attachment subnets, the TGW a route names). Beside the file it uses LZA's replacements-config.yaml,
 * accounts-config.yaml and organization-config.yaml when present. A bad element is a finding and
 * is skipped; only a file that cannot be read at all is an {@link InputException}.
 */
public final class LzaImporter {
  private LzaImporter() {}

  public static Inventory read(Path file) {
    return read(file, Map.of());
  }

  /** The entry for a SOURCE: placeholders from replacements-config.yaml beside the file and {@code setValues}. */
  public static Inventory read(Path file, Map<String, String> setValues) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(Location.of(name), "", "file not found; check the path");
    } catch (IOException e) {
      throw new InputException(Location.of(name), "", "cannot read file: " + io.vpcplan.io.FileProblems.cannotRead(e));
    }
    List<Finding> findings = new ArrayList<>();
    Path dir = file.toAbsolutePath().getParent();
    LzaOrg org = LzaOrg.load(dir, name, findings);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.contains("{{")) {
      var values = LzaReplacements.load(dir, text, org.accountIds(), setValues, findings);
      bytes = LzaPlaceholders.substitute(text, values).getBytes(StandardCharsets.UTF_8);
    }
    return read(name, YamlReader.parse(name, bytes), org, findings);
  }

  /**
   * A file already parsed. When the file is still there it is read again through {@link #read(Path, Map)},
   * so placeholders are substituted; otherwise the tree is read as it is.
   */
  public static Inventory read(String file, YNode root) {
    if (Files.isRegularFile(Path.of(file))) return read(Path.of(file), Map.of());
    List<Finding> findings = new ArrayList<>();
    Path parent = Path.of(file).toAbsolutePath().getParent();
    return read(file, root, LzaOrg.load(parent, file, findings), findings);
  }

  private static Inventory read(String file, YNode root, LzaOrg org, List<Finding> findings) {
    if (!root.isMap()) throw root.error("an LZA network-config.yaml is a mapping with keys such as vpcs and transitGateways");
    LzaReplacements.report(root, findings);
    LzaFields top = new LzaFields(root, LzaKeys.TOP, findings);
    String home = top.has("homeRegion") ? LzaFields.element("homeRegion", findings, () -> top.text("homeRegion", "")) : "";
    LzaContext ctx = new LzaContext(findings, org, new LzaPrefixLists(top.list("prefixLists"), findings),
        new LzaIpam(top.get("centralNetworkServices"), findings));
    List<LzaVpcs.Built> built = new ArrayList<>();
    Map<String, List<Vpc>> byName = new LinkedHashMap<>();
    for (String key : List.of("vpcs", "vpcTemplates")) {
      for (YNode n : top.list(key)) {
        List<LzaVpcs.Built> got = LzaFields.element("VPC", findings, () -> LzaVpcs.vpc(n, key.equals("vpcTemplates"), ctx));
        if (got == null || got.isEmpty()) continue;
        String name = got.get(0).vpc().name();
        if (byName.containsKey(name)) {
          findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, n.path() + ": duplicate VPC name '" + name
              + "'; LZA refers to VPCs by name, so names must be unique. This one is skipped", n.location()));
          continue;
        }
        built.addAll(got);
        byName.put(name, got.stream().map(LzaVpcs.Built::vpc).toList());
      }
    }
    LzaTgws tgws = new LzaTgws(top.list("transitGateways"), ctx);
    for (LzaVpcs.Built b : built) tgws.attach(b);
    for (YNode n : top.list("transitGatewayPeering")) tgws.peer(n);
    var hybrid = LzaHybrid.read(top, built, tgws, ctx);
    var peerings = LzaPeerings.read(top.list("vpcPeering"), byName, findings);
    templateFindings(built, findings);
    TreeSet<String> regions = new TreeSet<>();
    if (!home.isEmpty()) regions.add(home);
    List<Vpc> vpcs = new ArrayList<>();
    TreeSet<String> accounts = new TreeSet<>(tgws.accounts());
    for (LzaVpcs.Built b : built) {
      vpcs.add(b.vpc());
      accounts.add(b.vpc().account());
      regions.add(b.vpc().region());
    }
    ctx.ipam().checkPools(regions);
    // the delegated admin account owns the IPAM (and firewall policy): the network account
    YNode central = top.get("centralNetworkServices");
    YNode admin = central == null || !central.isMap() ? null : central.get("delegatedAdminAccount");
    String networkAccount = admin != null && admin.isScalar() ? admin.asText().strip() : "";
    if (!networkAccount.isEmpty()) accounts.add(networkAccount);
    List<Account> accs = new ArrayList<>();
    for (String a : accounts) accs.add(org.account(a));
    List<TransitGateway> gateways = tgws.build();
    vpcs = LzaImplicits.resolve(vpcs, gateways);
    Network net = new Network(accs, vpcs, gateways, peerings, List.of(), List.of(), tgws.shares(), List.of(),
        List.of(), ctx.ipam().pools()).withHybrid(hybrid).withNetworkAccount(networkAccount);
    return new Inventory(net, findings);
  }

  /**
   * A template with static cidrs deployed to an OU (counted as one account, no accounts-config.yaml)
   * gives every account of the OU the same ranges; attached to a TGW they also share a route domain.
   */
  private static void templateFindings(List<LzaVpcs.Built> built, List<Finding> findings) {
    for (LzaVpcs.Built b : built) {
      if (!b.template() || b.vpc().cidrs().isEmpty() || !b.ouAccount()) continue;
      Vpc v = b.vpc();
      YNode att = b.node().get("transitGatewayAttachments");
      boolean attached = att != null && att.isList() && !att.asList().isEmpty();
      StringBuilder ranges = new StringBuilder();
      for (Cidr c : v.cidrs()) ranges.append(ranges.length() == 0 ? "" : ", ").append(c);
      findings.add(new Finding(Code.VPC_CIDR_OVERLAP_GROUP, attached ? Severity.ERROR : Severity.WARNING,
          "VPC template " + v.name() + " has static cidrs (" + ranges + ") and is deployed to every account of " + v.account()
              + ": each gets the same range" + (attached ? ", and they attach to one TGW, which cannot "
              + "route between identical CIDRs; use ipamAllocations instead" : "; use ipamAllocations if they will ever be connected"),
          List.of(Resource.vpc(v)), v.cidrs().get(0), v.location()));
    }
  }
}
