package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.PrivateLinkAdvice;
import io.vpcplan.cost.PrivateLinkAdvisor;
import io.vpcplan.cost.PrivateLinkPlan;
import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.check.CfnChecker;
import io.vpcplan.generate.lza.LzaGenerator;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Network;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * conn-acquired-overlap: legacy-core calls acquired-app (overlapping 10.0.0.0/16) one way on TCP 443
 * (billing-api: PrivateLink recommended) and both ways on 5432 (customer-sync: not PrivateLink).
 * Exactly one endpoint service and one interface endpoint come of it, with that port and principal.
 */
class PrivateLinkGenerateTest {
  private static final String DESIGN = "conn-acquired-overlap";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Network network() {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", DESIGN + ".yaml"))));
    return l.network();
  }

  @Test
  void theRecommendedAdviceAloneBecomesOneServiceAndOneEndpoint() {
    Network n = network();
    assertThat(n.endpointServices()).singleElement().satisfies(s -> {
      assertThat(s.vpcId()).isEqualTo("500000000001/us-east-1/acquired-app");
      assertThat(s.name()).isEqualTo("billing-api");
      assertThat(s.ports()).containsExactly(443);
    });
    assertThat(n.endpoints()).singleElement().satisfies(e -> {
      assertThat(e.vpcId()).isEqualTo("400000000004/us-east-1/legacy-core");
      assertThat(e.serviceName()).isEqualTo(n.endpointServices().get(0).id());
      assertThat(e.subnetIds()).isEmpty(); // an existing VPC: its subnets are not known to the plan
    });
  }

  @Test
  void adviceThatIsNotRecommendedAddsNothingAndTheSameAdviceTwiceAddsOnePair() {
    Network n = network();
    Network bare = n.withEndpoints(List.of(), List.of());
    List<PrivateLinkAdvice> advice = PrivateLinkAdvisor.advise(bare, AwsFacts.defaults());
    List<PrivateLinkAdvice> not = advice.stream().filter(a -> !a.recommended()).toList();
    assertThat(not).extracting(PrivateLinkAdvice::service).containsExactly("customer-sync");
    assertThat(PrivateLinkPlan.apply(bare, not)).isSameAs(bare);
    Network twice = PrivateLinkPlan.apply(bare, List.of(advice.get(0), advice.get(0)));
    assertThat(twice.endpointServices()).extracting(EndpointService::name).containsExactly("billing-api");
    assertThat(twice.endpoints()).extracting(Endpoint::id).hasSize(1);
  }

  @Test
  void cloudFormationWritesOneServiceForTheConsumerRootAndOneEndpointOnTheServicePort() throws Exception {
    Map<String, String> f = new CloudFormationGenerator().generate(network(), new GenerateOptions(DESIGN, false)).files();
    String svcYaml = f.get("500000000001/us-east-1/endpoint-services.yaml");
    String epYaml = f.get("400000000004/us-east-1/endpoints.yaml");
    assertThat(CfnChecker.check(svcYaml)).isEmpty();
    assertThat(CfnChecker.check(epYaml)).isEmpty();
    JsonNode svc = YAML.readTree(svcYaml).path("Resources");
    assertThat(types(svc)).containsExactlyInAnyOrder("AWS::EC2::VPCEndpointService", "AWS::EC2::VPCEndpointServicePermissions");
    JsonNode s = svc.path("BillingApiEndpointService").path("Properties");
    assertThat(s.path("AcceptanceRequired").asBoolean()).isTrue();
    assertThat(svc.path("BillingApiEndpointServicePermissions").path("Properties").path("AllowedPrincipals"))
        .singleElement().satisfies(p -> assertThat(p.path("Fn::Sub").asText())
            .isEqualTo("arn:${AWS::Partition}:iam::400000000004:root"));
    JsonNode ep = YAML.readTree(epYaml).path("Resources");
    assertThat(types(ep)).containsExactlyInAnyOrder("AWS::EC2::SecurityGroup", "AWS::EC2::VPCEndpoint");
    JsonNode ingress = ep.path("BillingApiEndpointSecurityGroup").path("Properties").path("SecurityGroupIngress");
    assertThat(ingress).singleElement().satisfies(r -> {
      assertThat(r.path("FromPort").asInt()).isEqualTo(443);
      assertThat(r.path("ToPort").asInt()).isEqualTo(443);
      assertThat(r.path("CidrIp").asText()).isEqualTo("10.0.0.0/16");
    });
    assertThat(ep.path("BillingApiEndpoint").path("Properties").path("VpcEndpointType").asText()).isEqualTo("Interface");
    assertThat(String.join("\n", f.values())).doesNotContain("5432", "customer-sync");
    String order = f.get("deployment-order.yaml");
    assertThat(order.indexOf("endpoint-services.yaml")).isPositive().isLessThan(order.indexOf("endpoints.yaml"));
    assertThat(order).contains("accept-vpc-endpoint-connections");
  }

  @Test
  void terraformWritesTheSamePair() {
    Map<String, String> f = new TerraformGenerator().generate(network(), new GenerateOptions(DESIGN, false)).files();
    String all = String.join("\n", f.values());
    assertThat(count(all, "resource \"aws_vpc_endpoint_service\"")).isEqualTo(1);
    assertThat(count(all, "resource \"aws_vpc_endpoint\"")).isEqualTo(1);
    assertThat(count(all, "resource \"aws_vpc_security_group_ingress_rule\"")).isEqualTo(1);
    assertThat(f.get("r_500000000001/privatelink.tf")).contains("acceptance_required        = true",
        "allowed_principals         = [\"arn:aws:iam::400000000004:root\"]");
    assertThat(f.get("r_400000000004/privatelink.tf")).contains("from_port         = 443", "to_port           = 443",
        "cidr_ipv4         = \"10.0.0.0/16\"", "vpc_endpoint_type   = \"Interface\"");
    assertThat(f.get("r_500000000001/outputs.tf")).contains("output \"endpoint_service_name_");
    assertThat(f.get("r_400000000004/variables.tf")).contains("type        = list(string)");
    assertThat(all).doesNotContain("5432");
  }

  @Test
  void lzaSaysHowToBuildItBecauseItsConfigCannot() {
    GeneratedFiles g = new LzaGenerator().generate(network(), new GenerateOptions(DESIGN, false));
    assertThat(g.files().get("README.md")).contains("PrivateLink billing-api (TCP 443)", "--target cloudformation",
        "accept the endpoint's connection request");
    assertThat(g.files().get(LzaGenerator.CONFIG)).doesNotContain("billing-api");
  }

  /** Between two planned VPCs the endpoint takes the consumer's VPC and subnets from its VPC stack / module. */
  @Test
  void aPlannedConsumerGivesItsOwnSubnetsOnePerAdvisedAz() throws Exception {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", "startup.yaml"))));
    PrivateLinkAdvice a = new PrivateLinkAdvice("dev/us-east-1/app", "prod/us-east-1/app", "api", "tcp", 8443, 1,
        List.of(), true, "", "", List.of("us-east-1a", "us-east-1b"), 0);
    Network n = PrivateLinkPlan.apply(l.network(), List.of(a));
    assertThat(n.endpoints()).singleElement().satisfies(e -> assertThat(e.subnetIds())
        .containsExactly("dev/us-east-1/app/app-a", "dev/us-east-1/app/app-b"));
    Map<String, String> f = new CloudFormationGenerator().generate(n, new GenerateOptions("startup", false)).files();
    String ep = f.get("dev/us-east-1/endpoints.yaml");
    assertThat(CfnChecker.check(ep)).isEmpty();
    JsonNode t = YAML.readTree(ep);
    assertThat(t.path("Metadata").path("vpcplan:parameters").path("AppAppASubnetId").path("output").asText())
        .isEqualTo("AppAppASubnetId");
    assertThat(YAML.readTree(f.get("dev/us-east-1/vpcs.yaml")).path("Outputs").has("AppAppASubnetId")).isTrue();
    assertThat(t.path("Resources").path("ApiEndpointSecurityGroup").path("Properties").path("SecurityGroupIngress")
        .get(0).path("FromPort").asInt()).isEqualTo(8443);
    String tf = new TerraformGenerator().generate(n, new GenerateOptions("startup", false)).files().get("dev/privatelink.tf");
    assertThat(tf).contains("aws_subnet.dev_us_east_1_app_app_a.id", "aws_subnet.dev_us_east_1_app_app_b.id",
        "vpc_id            = aws_vpc.dev_us_east_1_app.id");
  }

  private static List<String> types(JsonNode resources) {
    List<String> out = new java.util.ArrayList<>();
    resources.forEach(r -> out.add(r.path("Type").asText()));
    return out;
  }

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
