package io.vpcplan.generate.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.lza.LzaGenerator;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Network Firewall cross-references pass on a generated config and catch each broken reference (negative controls). */
class LzaFirewallChecksTest {
  private static String config;
  @TempDir Path tmp;

  @BeforeAll
  static void generate() {
    var n = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs/conn-segmented-hub.yaml")))).network();
    config = new LzaGenerator().generate(n, new GenerateOptions("hub", false)).files().get(LzaGenerator.CONFIG);
  }

  @BeforeEach
  void tool() {
    Tools.require(Tools.Tool.LZA_SCHEMA);
  }

  @Test
  void generatedConfigWithFirewallsPasses() throws IOException {
    assertThat(config).contains("networkFirewall:");
    List<String> problems = LzaChecker.check(Files.writeString(tmp.resolve("network-config.yaml"), config));
    assertThat(problems).as(Samples.join(problems)).isEmpty();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      firewallPolicy: hub-us-east-1-inspection-policy | firewallPolicy: hub-us-east-1-policy | no policy named 'hub-us-east-1-policy'
      - name: hub-us-east-1-inspection-rules\\n              priority | - name: hub-us-east-1-rules\\n              priority | no rule group named 'hub-us-east-1-rules'
      vpc: network-us-east-1-inspection | vpc: network-us-east-1-inspect | no VPC named 'network-us-east-1-inspect'
      - firewall-us-east-1c\\n | - firewall-us-east-1d\\n | no subnet of network-us-east-1-inspection named 'firewall-us-east-1d'
      target: hub-us-east-1-inspection\\n            targetAvailabilityZone: c | target: hub-eu-west-1-inspection\\n            targetAvailabilityZone: c | no firewall 'hub-eu-west-1-inspection' in this VPC
      target: hub-us-east-1-inspection\\n            targetAvailabilityZone: c | target: hub-us-east-1-inspection\\n            targetAvailabilityZone: d | no AZ with a firewall subnet named 'd'
      target: inspection-nat-a\\n      - name: inspection-public-us-east-1a | target: inspection-nat-z\\n      - name: inspection-public-us-east-1a | no NAT gateway in this VPC named 'inspection-nat-z'
      """)
  void brokenReferencesFail(String from, String to, String expected) throws IOException {
    String text = once(config, CfnCheckerTest.unescape(from), CfnCheckerTest.unescape(to));
    List<String> problems = LzaChecker.check(Files.writeString(tmp.resolve("network-config.yaml"), text));
    assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected));
  }

  /** Replaces the first occurrence inside the us-east-1 inspection VPC's part when the fragment repeats. */
  private static String once(String text, String from, String to) {
    int start = Math.max(0, text.indexOf("name: network-us-east-1-inspection\n"));
    int at = text.indexOf(from, from.startsWith("target:") ? start : 0);
    if (at < 0) throw new IllegalArgumentException("fragment not there: " + from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
