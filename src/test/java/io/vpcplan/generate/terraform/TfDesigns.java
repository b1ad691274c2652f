package io.vpcplan.generate.terraform;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Every design in designs/, planned as `generate` plans it, and its Terraform. */
final class TfDesigns {
  private TfDesigns() {}

  static Stream<String> names() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.endsWith(".lock.yaml"))
          .map(f -> f.substring(0, f.length() - 5)).sorted().toList().stream();
    }
  }

  static Network network(String design) {
    return SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml")))).network();
  }

  static Map<String, String> files(String design) {
    return files(network(design), design);
  }

  /** With --ipam: the network with the plan's IPAM pools and allocations, as `generate --ipam` has it. */
  static Map<String, String> ipamFiles(String design) {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml"))));
    Network n = IpamPlan.apply(l.network(), l.planned().orElseThrow().plan());
    return new TerraformGenerator().generate(n, new GenerateOptions(design, true)).files();
  }

  static Map<String, String> files(Network n, String design) {
    return new TerraformGenerator().generate(n, new GenerateOptions(design, false)).files();
  }
}
