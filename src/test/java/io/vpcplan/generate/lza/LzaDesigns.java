package io.vpcplan.generate.lza;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.model.Network;
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
  private static final Map<String, Network> PLANS = new ConcurrentHashMap<>();

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
    return PLANS.computeIfAbsent(design, d -> SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs/" + d + ".yaml"))))
        .network());
  }

  static GeneratedFiles generate(String design, boolean ipam) {
    return new LzaGenerator().generate(plan(design), new GenerateOptions(design, ipam));
  }
}
