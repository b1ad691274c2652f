package io.vpcplan.apply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.aws.fake.CloudResource;
import io.vpcplan.cli.CliRunner;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.TransitGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 32-bit private ASN (4200000000-4294967294, which AWS takes as amazonSideAsn) flows through
 * everything the ASN reaches: the generated CloudFormation, Terraform and LZA config, the LZA
 * importer reading that config back, and apply (created with it, and a re-run sees no drift).
 */
class Asn32ApplyTest {
  @TempDir Path tmp;

  private static Path withAsn(Path design, String asn) throws Exception {
    String text = Files.readString(design);
    assertThat(text).contains("asn: 64800");
    return Files.writeString(design, text.replace("asn: 64800", "asn: " + asn));
  }

  @Test
  void generatorsAndTheLzaImporterCarryA32BitAsn() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp.resolve("w"), "small-2x2")) {
      Path d = withAsn(env.design, "4200000000");
      for (String t : List.of("cloudformation", "terraform", "lza")) {
        CliRunner.Result r = CliRunner.run("generate", d.toString(), "--target", t, "--topology", "tgw-hub", "-o",
            tmp.resolve(t).toString());
        assertThat(r.code()).as(r.err()).isZero();
      }
      assertThat(Files.readString(tmp.resolve("cloudformation/network/eu-west-1/transit.yaml"))).contains("AmazonSideAsn: 4200000000");
      assertThat(Files.readString(tmp.resolve("cloudformation/network/us-east-1/transit.yaml"))).contains("AmazonSideAsn: 4200000001");
      assertThat(Files.readString(tmp.resolve("terraform/network/transit_gateway_us_east_1.tf")))
          .containsPattern("amazon_side_asn\\s+= 4200000001");
      Path lza = tmp.resolve("lza/network-config.yaml");
      assertThat(Files.readString(lza)).contains("asn: 4200000000").contains("asn: 4200000001");
      Map<String, Long> read = LzaImporter.read(lza, Map.of()).network().transitGateways().stream()
          .collect(Collectors.toMap(TransitGateway::region, TransitGateway::asn));
      assertThat(read).containsEntry("eu-west-1", 4_200_000_000L).containsEntry("us-east-1", 4_200_000_001L);
    }
  }

  @Test
  void applyCreatesTheTgwWithA32BitAsnAndAReRunSeesNoDrift() throws Exception {
    try (ApplyEnv env = new ApplyEnv(tmp, "small-2x2")) {
      withAsn(env.design, "4294967293");
      CliRunner.Result run = env.apply("--yes");
      assertThat(run.code()).as(run.err()).isZero();
      List<CloudResource> tgws = env.cloud.resources("111111111111", "us-east-1", "transit-gateway");
      assertThat(tgws).hasSize(1);
      assertThat(tgws.get(0).attr("options.amazon-side-asn")).isEqualTo("4294967294");
      CliRunner.Result again = env.apply("--format", "json");
      assertThat(again.code()).as(again.err()).isZero();
      JsonNode changes = new ObjectMapper().readTree(again.out()).get("changes");
      assertThat(changes.size()).as(again.out()).isZero();
      assertThat(again.out()).doesNotContain("Amazon side ASN is");
      // negative control: a design whose ASN differs from the live one is drift, read through the same path
      Files.writeString(env.design, Files.readString(env.design).replace("asn: 4294967293", "asn: 4294967290"));
      assertThat(env.apply().out()).contains("Amazon side ASN is 4294967294, planned 4294967291");
    }
  }
}
