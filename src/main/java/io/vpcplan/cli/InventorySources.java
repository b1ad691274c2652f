package io.vpcplan.cli;

import io.vpcplan.finding.Finding;
import io.vpcplan.inventory.AwsConfigs;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Account;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns SOURCE arguments into one Network: a directory in the aws_configs layout (or its
 * parent), a single describe-* JSON file, an LZA network-config.yaml, or a design file (through
 * the planner, supplied by the caller). Several sources are merged; a VPC seen twice is kept once.
 */
public final class InventorySources {
  /** Reads a design file into the network it plans; the planner lives outside this class. */
  @FunctionalInterface
  public interface DesignReader {
    Network read(Path design);
  }

  /** For commands that read inventories only (import): a design SOURCE is refused with a clear message. */
  public static final DesignReader NO_DESIGNS = p -> {
    throw new InputException(Location.of(p.toString()), "", "this looks like a design file, not an inventory; plan it "
        + "with 'vpcplan plan', or give an aws_configs folder, a describe-* JSON file or an LZA network-config.yaml");
  };

  private static final Set<String> LZA_KEYS = Set.of("homeRegion", "defaultVpc", "transitGateways", "vpcs",
      "vpcTemplates", "endpointPolicies", "centralNetworkServices", "vpcPeering");

  private InventorySources() {}

  public static Inventory load(List<Path> sources, String account, String region, DesignReader designs) {
    List<Inventory> parts = new ArrayList<>();
    for (Path s : sources) parts.add(load(s, account, region, designs));
    return parts.size() == 1 ? parts.get(0) : merge(parts);
  }

  public static Inventory load(Path source, String account, String region, DesignReader designs) {
    if (!Files.exists(source)) {
      throw new InputException(Location.of(source.toString()), "", "no such file or folder; check the path");
    }
    if (Files.isDirectory(source)) return AwsConfigs.readDirectory(source);
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) return AwsConfigs.readFile(source, account, region);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      YNode root = YamlReader.read(source);
      if (root.isMap() && root.get("pools") == null && root.asMap().keySet().stream().anyMatch(LZA_KEYS::contains)) {
        return LzaImporter.read(source.toString(), root);
      }
      return new Inventory(designs.read(source), List.of());
    }
    throw new InputException(Location.of(source.toString()), "", "not a known SOURCE: give an aws_configs folder, a "
        + "describe-* .json file, an LZA network-config.yaml or a design .yaml");
  }

  static Inventory merge(List<Inventory> parts) {
    Map<String, Account> accounts = new LinkedHashMap<>();
    Map<String, Vpc> vpcs = new LinkedHashMap<>();
    Map<String, io.vpcplan.model.TransitGateway> tgws = new LinkedHashMap<>();
    Map<String, io.vpcplan.model.Peering> peerings = new LinkedHashMap<>();
    Map<String, io.vpcplan.model.EndpointService> services = new LinkedHashMap<>();
    Map<String, io.vpcplan.model.Endpoint> endpoints = new LinkedHashMap<>();
    List<io.vpcplan.model.RamShare> shares = new ArrayList<>();
    Map<String, io.vpcplan.model.Segment> segments = new LinkedHashMap<>();
    List<io.vpcplan.model.Intent> intents = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Inventory inv : parts) {
      Network n = inv.network();
      n.accounts().forEach(a -> accounts.putIfAbsent(a.key(), a));
      n.vpcs().forEach(v -> vpcs.putIfAbsent(v.id(), v));
      n.transitGateways().forEach(t -> tgws.putIfAbsent(t.id(), t));
      n.peerings().forEach(p -> peerings.putIfAbsent(p.id(), p));
      n.endpointServices().forEach(s -> services.putIfAbsent(s.id(), s));
      n.endpoints().forEach(e -> endpoints.putIfAbsent(e.id(), e));
      shares.addAll(n.ramShares());
      n.segments().forEach(s -> segments.putIfAbsent(s.name(), s));
      intents.addAll(n.intents());
      findings.addAll(inv.findings());
    }
    Network net = new Network(new ArrayList<>(accounts.values()), new ArrayList<>(vpcs.values()),
        new ArrayList<>(tgws.values()), new ArrayList<>(peerings.values()), new ArrayList<>(services.values()),
        new ArrayList<>(endpoints.values()), shares, new ArrayList<>(segments.values()), intents);
    return new Inventory(net, findings);
  }
}
