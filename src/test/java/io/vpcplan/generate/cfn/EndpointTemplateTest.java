package io.vpcplan.generate.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointType;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Interface endpoints get a security group open to the VPC only; gateway endpoints join every route table. */
class EndpointTemplateTest {
  @Test
  void interfaceAndGatewayEndpoints() {
    Network base = CfnFixtures.network("startup", false);
    List<Endpoint> endpoints = List.of(
        new Endpoint("vpce/dev/sqs", "dev/us-east-1/app", "com.amazonaws.us-east-1.sqs",
            List.of("dev/us-east-1/app/app-a", "dev/us-east-1/app/app-b"), Location.NONE, EndpointType.INTERFACE),
        new Endpoint("vpce/dev/s3", "dev/us-east-1/app", "com.amazonaws.us-east-1.s3", List.of(), Location.NONE,
            EndpointType.GATEWAY));
    Network n = new Network(base.accounts(), base.vpcs(), base.transitGateways(), base.peerings(), base.endpointServices(),
        endpoints, base.ramShares(), base.segments(), base.intents(), base.ipamPools(), base.tags(), base.natGateways());
    JsonNode t = CfnFixtures.tree(new CloudFormationGenerator().generate(n, new GenerateOptions("startup", false)).files()
        .get("dev/us-east-1/vpcs.yaml"));
    assertThat(CfnChecks.all(t, n)).isEmpty();
    JsonNode sg = t.path("Resources").path("AppVpceDevSqsEndpointSecurityGroup").path("Properties");
    assertThat(sg.path("SecurityGroupIngress")).hasSize(1);
    assertThat(sg.path("SecurityGroupIngress").get(0).path("CidrIp").asText()).isEqualTo("10.0.0.0/20");
    assertThat(sg.path("SecurityGroupIngress").get(0).path("FromPort").asInt()).isEqualTo(443);
    JsonNode sqs = t.path("Resources").path("AppVpceDevSqsEndpoint").path("Properties");
    assertThat(sqs.path("VpcEndpointType").asText()).isEqualTo("Interface");
    assertThat(sqs.path("SubnetIds")).hasSize(2);
    JsonNode s3 = t.path("Resources").path("AppVpceDevS3Endpoint").path("Properties");
    assertThat(s3.path("VpcEndpointType").asText()).isEqualTo("Gateway");
    assertThat(s3.path("RouteTableIds")).hasSize(5); // workload (attachment subnets), public, one per AZ
  }
}
