package io.vpcplan.generate.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.stream.Stream;

/** Planned networks of the designs in designs/, and their CloudFormation, for the tests. */
final class CfnFixtures {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CfnFixtures() {}

  static List<String> designs() {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted()
          .map(f -> f.substring(0, f.length() - 5)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Network network(String design, boolean ipam) {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml"))));
    return ipam ? IpamPlan.apply(l.network(), l.planned().orElseThrow().plan()) : l.network();
  }

  static GeneratedFiles generate(String design, boolean ipam) {
    return new CloudFormationGenerator().generate(network(design, ipam), new GenerateOptions(design, ipam));
  }

  static JsonNode tree(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
