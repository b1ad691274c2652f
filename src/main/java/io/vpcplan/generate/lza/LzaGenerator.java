package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.PrivateLinks;
import io.vpcplan.generate.Generator;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Landing Zone Accelerator target: one {@code network-config.yaml} (LZA's own schema; accounts
 * by name as in accounts-config.yaml) and a README saying what to check before deploying and what
 * the network holds that the config does not say.
 */
public final class LzaGenerator implements Generator {
  public static final String CONFIG = "network-config.yaml";

  @Override
  public String target() {
    return "lza";
  }

  @Override
  public GeneratedFiles generate(Network network, GenerateOptions options) {
    GeneratedFiles.Builder out = new GeneratedFiles.Builder();
    generate(network, options, out::add);
    return out.build();
  }

  /**
   * Each VPC is printed as soon as it is made, so the config's tree is never held whole (10,000
   * VPCs: hundreds of MB of nodes for 36 MB of YAML); the order of work, and so of notes, is unchanged.
   */
  @Override
  public void generate(Network network, GenerateOptions options, GeneratedFiles.Sink sink) {
    Notes notes = new Notes();
    LzaNames names = new LzaNames(network);
    TgwSection tgws = new TgwSection(network, names, options, notes);
    PeeringSection peerings = new PeeringSection(network, names, tgws, options, notes);
    VpcSection vpcSection = new VpcSection(names, tgws, options, notes);
    String home = homeRegion(network);
    ObjectNode root = LzaYaml.F.objectNode();
    root.put("homeRegion", home);
    ObjectNode dv = root.putObject("defaultVpc").put("delete", true);
    dv.putArray("excludeAccounts");
    dv.putArray("excludeRegions");
    root.putArray("endpointPolicies");
    // built here for its place in the file; its notes come before the VPCs' as before
    ArrayNode sitePrefixLists = new HybridSection(network, names, options, notes).prefixLists(adminAccount(network));
    if (!sitePrefixLists.isEmpty()) root.set("prefixLists", sitePrefixLists);
    root.set("transitGateways", tgws.transitGateways());
    ArrayNode tgwPeering = peerings.transitGatewayPeering();
    if (!tgwPeering.isEmpty()) root.set("transitGatewayPeering", tgwPeering);
    if (!network.ipamPools().isEmpty()) {
      root.set("centralNetworkServices", IpamSection.central(network, adminAccount(network), home, regions(network), options));
    }
    FirewallSection firewalls = new FirewallSection(network, options.planName(), names);
    if (!firewalls.isEmpty()) {
      ObjectNode central = root.has("centralNetworkServices") ? (ObjectNode) root.get("centralNetworkServices")
          : root.putObject("centralNetworkServices").put("delegatedAdminAccount", adminAccount(network));
      central.set("networkFirewall", firewalls.networkFirewall(central.get("delegatedAdminAccount").asText()));
    }
    LzaYaml.Writer yaml = new LzaYaml.Writer();
    yaml.fields(root);
    root = LzaYaml.F.objectNode(); // what follows the vpcs
    List<Vpc> sorted = new ArrayList<>(network.vpcs());
    sorted.sort(Comparator.comparing(Vpc::displayName).thenComparing(Vpc::id));
    yaml.startArray("vpcs");
    for (Vpc v : sorted) yaml.node(vpcSection.vpc(v));
    yaml.endArray();
    if (vpcSection.fixedUnderIpam > 0) {
      notes.add(vpcSection.fixedUnderIpam + " of " + sorted.size() + " VPCs have no IPAM allocation in the plan (no pool "
          + "plan was made for them), so they keep their fixed cidrs although --ipam was given.");
    }
    ArrayNode vpcPeering = peerings.vpcPeering();
    if (!vpcPeering.isEmpty()) root.set("vpcPeering", vpcPeering);
    HybridSection hybrid = new HybridSection(network, names, options, notes);
    ArrayNode cgws = hybrid.customerGateways();
    if (!cgws.isEmpty()) root.set("customerGateways", cgws);
    ArrayNode dxgws = hybrid.directConnectGateways();
    if (!dxgws.isEmpty()) root.set("directConnectGateways", dxgws);
    List<PrivateLinks.Link> links = PrivateLinks.of(network);
    int otherEndpoints = network.endpoints().size() - links.size();
    int otherServices = network.endpointServices().size() - (int) links.stream().map(l -> l.service().id()).distinct().count();
    if (otherEndpoints > 0 || otherServices > 0) {
      notes.add(otherEndpoints + " interface endpoint(s) and " + otherServices
          + " endpoint service(s) are not written; define them under vpcs[].interfaceEndpoints with their policies.");
    }
    for (PrivateLinks.Link l : links) notes.add(LzaReadme.privateLink(l));
    yaml.fields(root);
    sink.add(CONFIG, yaml.finish());
    sink.add("README.md", LzaReadme.text(network, options, home, notes));
  }

  /** The region with the most VPCs (then the first by name): where LZA is installed must match global-config.yaml. */
  static String homeRegion(Network n) {
    Map<String, Integer> count = new TreeMap<>();
    for (Vpc v : n.vpcs()) count.merge(v.region(), 1, Integer::sum);
    for (TransitGateway t : n.transitGateways()) count.merge(t.region(), 0, Integer::sum);
    String best = "us-east-1";
    int most = -1;
    for (Map.Entry<String, Integer> e : count.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** The network account ({@link io.vpcplan.generate.NetworkAccount}): LZA's delegated admin for IPAM and firewalls. */
  static String adminAccount(Network n) {
    return io.vpcplan.generate.NetworkAccount.of(n).account();
  }

  static Set<String> regions(Network n) {
    Set<String> out = new TreeSet<>();
    for (Vpc v : n.vpcs()) out.add(v.region());
    for (TransitGateway t : n.transitGateways()) out.add(t.region());
    return out;
  }
}
