package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.check.CfnChecker;
import io.vpcplan.generate.check.CfnGuard;
import io.vpcplan.generate.check.LzaChecker;
import io.vpcplan.generate.check.TfChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every generated artifact passes the real specifications. The golden files are byte for byte what
 * the generators write for every design (their golden tests say so), so checking them checks the
 * output: Terraform modules against HashiCorp's HCL parser, the AWS provider schema and fmt;
 * CloudFormation templates against the resource model and the cfn-guard security rules; LZA
 * configs against LZA's schema and cross-reference rules.
 */
class GeneratedArtifactsValidTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/generate");

  static Stream<Path> terraformModules() throws IOException {
    return folders("terraform").filter(d -> has(d, ".tf"));
  }

  static Stream<Path> cloudformationTemplates() throws IOException {
    return files("cloudformation").filter(f -> f.toString().endsWith(".yaml") && isTemplate(f));
  }

  static Stream<Path> lzaConfigs() throws IOException {
    return files("lza").filter(f -> f.getFileName().toString().equals("network-config.yaml"));
  }

  @Test
  void everyRegisteredTargetHasCheckedArtifacts() throws IOException {
    for (String t : Generators.names()) {
      long n = switch (t) {
        case "terraform" -> terraformModules().count();
        case "cloudformation" -> cloudformationTemplates().count();
        case "lza" -> lzaConfigs().count();
        default -> 0;
      };
      assertThat(n).as("checked artifacts of target %s", t).isPositive();
    }
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("terraformModules")
  void terraformModuleIsValid(Path module) {
    assertThat(TfChecker.check(module)).as(module.toString()).isEmpty();
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("cloudformationTemplates")
  void cloudformationTemplateIsValidAndSecure(Path template) throws IOException {
    assertThat(CfnChecker.check(Files.readString(template))).as(template.toString()).isEmpty();
    assertThat(CfnGuard.run(template)).as(template.toString()).isEmpty();
  }

  @ParameterizedTest(allowZeroInvocations = true)
  @MethodSource("lzaConfigs")
  void lzaConfigIsValid(Path config) {
    assertThat(LzaChecker.check(config)).as(config.toString()).isEmpty();
  }

  private static boolean isTemplate(Path f) {
    try {
      return Files.readString(f).contains("AWSTemplateFormatVersion");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Stream<Path> folders(String target) throws IOException {
    Path root = GOLDEN.resolve(target);
    if (!Files.isDirectory(root)) return Stream.empty();
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> l = s.filter(Files::isDirectory).sorted().toList();
      return l.stream();
    }
  }

  private static Stream<Path> files(String target) throws IOException {
    Path root = GOLDEN.resolve(target);
    if (!Files.isDirectory(root)) return Stream.empty();
    try (Stream<Path> s = Files.walk(root)) {
      List<Path> l = s.filter(Files::isRegularFile).sorted().toList();
      return l.stream();
    }
  }

  private static boolean has(Path dir, String ext) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.toString().endsWith(ext));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
