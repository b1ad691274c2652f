package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.lza.LzaGenerator;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.Network;
import io.vpcplan.model.NetworkFirewall;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In every target, each TGW attachment subnet of an inspection VPC sends 0.0.0.0/0 to the
 * firewall endpoint of its own AZ, and nothing about the inspection VPC is left as a note. The
 * CloudFormation endpoint expression is evaluated against EndpointIds in shuffled order.
 */
class InspectionRoutesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @ParameterizedTest
  @ValueSource(strings = {"conn-segmented-hub", "enterprise"})
  void attachmentSubnetsRouteToTheirOwnAzEndpoint(String design) throws Exception {
    Network n = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml")))).network();
    List<Vpc> inspection = n.vpcs().stream().filter(v -> v.origin() == Origin.CONNECTIVITY).toList();
    assertThat(inspection).isNotEmpty();
    GenerateOptions options = new GenerateOptions(design, false);
    Map<String, String> cfn = new CloudFormationGenerator().generate(n, options).files();
    Map<String, String> tf = new TerraformGenerator().generate(n, options).files();
    Map<String, String> lza = new LzaGenerator().generate(n, options).files();
    JsonNode lzaRoot = YAML.readTree(lza.get("network-config.yaml"));
    for (Vpc v : inspection) {
      NetworkFirewall fw = NetworkFirewall.of(v).orElseThrow();
      List<Subnet> attach = v.subnets().stream().filter(s -> s.purpose() == Purpose.TGW_ATTACHMENT).toList();
      assertThat(attach).hasSize(fw.subnets().size());
      JsonNode template = YAML.readTree(cfn.entrySet().stream()
          .filter(e -> e.getKey().endsWith(v.region() + "/vpcs.yaml") && e.getValue().contains(v.id())).findFirst().orElseThrow().getValue());
      String module = String.join("\n", tf.entrySet().stream()
          .filter(e -> e.getKey().endsWith("_" + v.region().replace('-', '_') + "_inspection.tf")).map(Map.Entry::getValue).toList());
      for (Subnet a : attach) {
        assertThat(CfnEndpoints.defaultRouteEndpoint(template, "Inspection" + logical(a.name()) + "Subnet", shuffled(fw)))
            .as("CloudFormation %s", a.key()).isEqualTo(vpce(a.az()));
        assertThat(TfRoutes.defaultRouteTarget(module, Names.snake(a.key())))
            .as("Terraform %s", a.key()).contains("s.availability_zone == \"" + a.az() + "\"")
            .contains("aws_networkfirewall_firewall." + Names.snake(v.id()) + ".firewall_status");
        JsonNode route = lzaDefaultRoute(lzaRoot, v, a);
        assertThat(route.path("type").asText()).isEqualTo("networkFirewall");
        String letter = a.az().substring(v.region().length());
        assertThat(route.path("targetAvailabilityZone").asText()).as("LZA %s", a.key()).isEqualTo(letter);
        assertThat(lzaFirewallAzs(lzaRoot, route.path("target").asText(), v)).contains(letter);
      }
    }
    List<String> texts = new ArrayList<>(cfn.values());
    texts.addAll(tf.values());
    texts.addAll(lza.values());
    for (String text : texts) {
      assertThat(text).doesNotContain("firewall-endpoint").doesNotContain("inspection: route").doesNotContain("/inspection: route")
          .doesNotContainPattern("(?i)inspection\\S*RouteTable\\S* to .* (not generated|is not written)");
    }
  }

  private static String logical(String name) {
    return Names.logicalId(name);
  }

  private static String vpce(String az) {
    return "vpce-" + az;
  }

  /** EndpointIds as the firewall reports them: "az:vpce-id", in no particular order. */
  private static List<String> shuffled(NetworkFirewall fw) {
    List<String> out = new ArrayList<>();
    for (Subnet s : fw.subnets()) out.add(s.az() + ":" + vpce(s.az()));
    Collections.reverse(out);
    if (out.size() > 2) Collections.swap(out, 0, 1);
    return out;
  }

  private static JsonNode lzaDefaultRoute(JsonNode root, Vpc v, Subnet a) {
    for (JsonNode vpc : root.path("vpcs")) {
      if (!vpc.path("region").asText().equals(v.region()) || !vpc.path("name").asText().contains("inspection")) continue;
      String table = "";
      for (JsonNode s : vpc.path("subnets")) if (s.path("name").asText().equals(a.name())) table = s.path("routeTable").asText();
      for (JsonNode t : vpc.path("routeTables")) {
        if (!t.path("name").asText().equals(table)) continue;
        for (JsonNode r : t.path("routes")) if (r.path("destination").asText().equals("0.0.0.0/0")) return r;
      }
    }
    throw new AssertionError("no LZA default route for " + a.key());
  }

  private static List<String> lzaFirewallAzs(JsonNode root, String firewall, Vpc v) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : root.path("centralNetworkServices").path("networkFirewall").path("firewalls")) {
      if (!f.path("name").asText().equals(firewall)) continue;
      for (JsonNode s : f.path("subnets")) {
        for (Subnet sub : v.subnets()) if (sub.name().equals(s.asText())) out.add(sub.az().substring(v.region().length()));
      }
    }
    return out;
  }
}
