package io.vpcplan.generate.roundtrip;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.inventory.InventoryWriter;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Networks to generate from: the designs in designs/ and the sample estates, with the design's
 * natGateways replaced, optionally with each VPC's private workload subnets moved off the main table
 * into an explicit table without a default route, and optionally written out as describe-* files
 * and imported back (an estate as `validate DIR` reads it).
 */
final class Variants {
  /** {@code source}: "designs/X.yaml" or a sample estate path. */
  record Case(String source, NatGateways mode, boolean explicitPrivate, boolean imported) {
    @Override
    public String toString() {
      return source + " natGateways=" + mode + (explicitPrivate ? " explicit-private" : "") + (imported ? " imported" : "");
    }
  }

  static final List<String> SOURCES = List.of("designs/tiny.yaml", "designs/startup.yaml", "designs/conn-4-vpc-peering.yaml",
      "designs/conn-segmented-hub.yaml", "designs/hybrid-dc.yaml", "designs/hybrid-brownfield.yaml",
      "designs/conn-acquired-overlap.yaml", "designs/enterprise.yaml", "samples/aws_configs-clean/aws_configs",
      "samples/aws_configs-conflicts/aws_configs", "samples/aws_configs-hybrid/aws_configs", "samples/lza/network-config.yaml",
      "samples/lza-hybrid/network-config.yaml");

  private static final Map<String, Network> LOADED = new ConcurrentHashMap<>();

  private Variants() {}

  static boolean isDesign(String source) {
    return source.startsWith("designs/");
  }

  static Network network(Case c, Path tmp) {
    Network n = LOADED.computeIfAbsent(c.source(), s -> SourcePipeline.load(SourceRequest.of(List.of(Path.of(s)))).network());
    if (c.explicitPrivate()) n = explicitPrivate(n);
    n = n.withSettings(n.tags(), c.mode());
    return c.imported() ? imported(n, tmp) : n;
  }

  /**
   * Each VPC's private workload subnets on its main table move to an explicit table "rtb/VPC/private"
   * with the main table's routes less its default route: private tables without a default route.
   */
  static Network explicitPrivate(Network n) {
    Cidr any = Cidr.parse("0.0.0.0/0");
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      RouteTable main = v.routeTables().stream().filter(RouteTable::main).findFirst().orElse(null);
      Set<String> elsewhere = new HashSet<>();
      v.routeTables().stream().filter(t -> !t.main()).forEach(t -> elsewhere.addAll(t.subnetIds()));
      List<String> moved = v.subnets().stream().filter(s -> !s.isPublic() && s.purpose() == Purpose.WORKLOAD
          && !elsewhere.contains(s.key())).map(Subnet::key).toList();
      if (v.origin() == Origin.EXISTING || main == null || moved.isEmpty()) {
        vpcs.add(v);
        continue;
      }
      List<RouteTable> tables = new ArrayList<>();
      for (RouteTable t : v.routeTables()) {
        tables.add(t != main ? t : new RouteTable(t.id(), t.name(), t.routes(),
            t.subnetIds().stream().filter(s -> !moved.contains(s)).toList(), true, t.location()));
      }
      tables.add(new RouteTable("rtb/" + v.id() + "/private", "private",
          main.routes().stream().filter(r -> !r.destination().equals(any)).toList(), moved, false));
      vpcs.add(v.withRouteTables(tables));
    }
    return n.withVpcs(vpcs);
  }

  /** The network as describe-* files would hold it, read back by the importer. */
  private static Network imported(Network n, Path tmp) {
    try {
      Path dir = Files.createTempDirectory(tmp, "estate");
      InventoryWriter.write(n, dir);
      return SourcePipeline.load(SourceRequest.of(List.of(dir.resolve("aws_configs")))).network().withSettings(n.tags(),
          n.natGateways());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
