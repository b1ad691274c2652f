package io.vpcplan.generate.lza;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The designs in designs/, planned once per test run, and their generated LZA files. */
final class LzaDesigns {
  private static final Map<String, Loaded> PLANS = new ConcurrentHashMap<>();

  private LzaDesigns() {}

  static Stream<String> names() {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
          .map(f -> f.substring(0, f.length() - 5)).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Network plan(String design) {
    return loaded(design).network();
  }

  private static Loaded loaded(String design) {
    return PLANS.computeIfAbsent(design, d -> SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs/" + d + ".yaml")))));
  }

  /** As `generate` does it: with --ipam, the plan's IPAM pools and each VPC's allocation. */
  static GeneratedFiles generate(String design, boolean ipam) {
    Loaded l = loaded(design);
    Network n = ipam ? IpamPlan.apply(l.network(), l.planned().orElseThrow().plan()) : l.network();
    return new LzaGenerator().generate(n, new GenerateOptions(design, ipam));
  }
}
