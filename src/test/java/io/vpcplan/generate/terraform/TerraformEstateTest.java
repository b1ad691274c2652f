package io.vpcplan.generate.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.check.TfChecker;
import io.vpcplan.model.Network;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Codifying an estate gives valid root modules. An imported main table lists its subnets
 * explicitly (DescribeRouteTables says so) and also holds the unassociated ones: it was declared
 * twice, with every route, which Terraform refuses (and AWS, as RouteAlreadyExists).
 */
class TerraformEstateTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"samples/aws_configs-clean/aws_configs", "samples/aws_configs-conflicts/aws_configs",
      "samples/aws_configs-hybrid/aws_configs", "samples/lza/network-config.yaml", "samples/lza-hybrid/network-config.yaml"})
  void anEstateGivesValidModules(String source) throws IOException {
    Network n = SourcePipeline.load(SourceRequest.of(List.of(Path.of(source)))).network();
    Map<String, String> files = new TerraformGenerator().generate(n, new GenerateOptions("estate", false)).files();
    TreeSet<Path> modules = new TreeSet<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = tmp.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
      if (f.getKey().endsWith(".tf")) modules.add(p.getParent());
    }
    assertThat(modules).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path m : modules) problems.addAll(TfChecker.check(m));
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }
}
