package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.model.Network;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import io.vpcplan.testutil.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * samples/aws_configs-dual-stack codified by every target, against
 * src/test/resources/golden/generate/TARGET/aws_configs-dual-stack/: dual-stack subnets, and an
 * IPv6-only one (no IPv4 block: ipv6_native / Ipv6Native, LZA's ipv6CidrBlock alone).
 * {@link GeneratedArtifactsValidTest} checks the goldens against each target's specification.
 * Regenerate after an intended change with {@code -Dgolden.update=true} and review the diff.
 */
class DualStackGoldenTest {
  static final String SAMPLE = "aws_configs-dual-stack";

  static Stream<String> targets() {
    return Generators.names().stream();
  }

  static Map<String, String> generate(String target) {
    Network n = SourcePipeline.load(SourceRequest.of(List.of(Path.of("samples", SAMPLE)))).network();
    return Generators.named(target).orElseThrow().generate(n, new GenerateOptions(SAMPLE, false)).files();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void matchesGolden(String target) throws IOException {
    String dir = "generate/" + target + "/" + SAMPLE;
    Path root = Golden.ROOT.resolve(dir);
    Map<String, String> files = generate(target);
    if (Boolean.getBoolean("golden.update") && Files.isDirectory(root)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(p);
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) Golden.check(dir + "/" + f.getKey(), f.getValue());
    try (Stream<Path> s = Files.walk(root)) {
      List<String> onDisk = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
      assertThat(new TreeSet<>(onDisk)).as("golden files without a generated file (stale)").isEqualTo(files.keySet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void theIpv6OnlySubnetHasNoIpv4Block(String target) {
    String all = String.join("\n", generate(target).values());
    assertThat(all.lines().map(String::strip)).noneMatch(l -> l.contains("2600:")
        && (l.startsWith("cidr_block ") || l.startsWith("CidrBlock:") || l.startsWith("ipv4CidrBlock:")));
    switch (target) {
      case "terraform" -> assertThat(all).contains("ipv6_native").contains("cidrsubnet(aws_vpc.vpc_0d5a1e2f3b4c5d6e7.ipv6_cidr_block, 8, 16)");
      case "cloudformation" -> assertThat(all).contains("Ipv6Native: true").contains("Ipv6CidrBlock: 2600:1f18:4a2b:ce10::/64");
      default -> assertThat(all).contains("ipv6CidrBlock: 2600:1f18:4a2b:ce10::/64\n        assignIpv6OnCreation: true");
    }
  }
}
