package io.vpcplan.generate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cfn-guard security rules pass the samples and catch each insecure edit. */
class CfnGuardTest {
  @TempDir Path tmp;

  @BeforeEach
  void tool() {
    Tools.require(Tools.Tool.CFN_GUARD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cfn-network.yaml", "cfn-workload.yaml", "cfn-firewall.yaml"})
  void samplesAreCompliant(String sample) {
    assertThat(CfnGuard.run(Samples.DIR.resolve(sample))).isEmpty();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      cfn-network.yaml | DefaultRouteTableAssociation: disable | DefaultRouteTableAssociation: enable | tgw_default_route_table_disabled
      cfn-network.yaml | DefaultRouteTablePropagation: disable\\n | \\n | tgw_default_route_table_disabled
      cfn-network.yaml | AutoAcceptSharedAttachments: disable | AutoAcceptSharedAttachments: enable | tgw_no_auto_accept
      cfn-network.yaml | AllowExternalPrincipals: false | AllowExternalPrincipals: true | ram_share_internal_only
      cfn-network.yaml | AllowExternalPrincipals: false\\n | \\n | ram_share_internal_only
      cfn-workload.yaml | SubnetIds:\\n        - !Ref SubnetAttachA | SubnetIds:\\n        - !Ref SubnetAppA | attachments_in_attachment_subnets
      cfn-workload.yaml | DestinationCidrBlock: 10.0.0.0/8\\n      TransitGatewayId: !Ref TransitGatewayId | DestinationCidrBlock: 0.0.0.0/0\\n      GatewayId: !Ref Igw | no_internet_route_from_private_tables
      cfn-workload.yaml | RouteTableId: !Ref RouteTablePrivate\\n      DestinationCidrBlock: 10.0.0.0/8\\n      TransitGatewayId: !Ref TransitGatewayId | RouteTableId: !Ref RouteTablePublic\\n      DestinationCidrBlock: 0.0.0.0/0\\n      GatewayId: !Ref Igw\\n  RouteTablePublic:\\n    Type: AWS::EC2::RouteTable\\n    Properties:\\n      VpcId: !Ref Vpc\\n  AssocBad:\\n    Type: AWS::EC2::SubnetRouteTableAssociation\\n    Properties:\\n      SubnetId: !Ref SubnetAttachA\\n      RouteTableId: !Ref RouteTablePublic | no_internet_route_via_association
      cfn-firewall.yaml | DeleteProtection: true | DeleteProtection: false | network_firewall_protected
      cfn-firewall.yaml |       DeleteProtection: true\\n | \\n | network_firewall_protected
      cfn-firewall.yaml | StatelessDefaultActions: [aws:forward_to_sfe] | StatelessDefaultActions: [aws:pass] | firewall_policy_forwards_to_stateful
      cfn-firewall.yaml | StatelessFragmentDefaultActions: [aws:forward_to_sfe] | StatelessFragmentDefaultActions: [aws:drop] | firewall_policy_forwards_to_stateful
      """)
  void insecureEditsFail(String sample, String from, String to, String rule) throws IOException {
    String text = Samples.replace(Samples.read(sample), CfnCheckerTest.unescape(from), CfnCheckerTest.unescape(to));
    Path file = Files.writeString(tmp.resolve(sample), text);
    List<String> problems = CfnGuard.run(file);
    assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.startsWith(rule + ": "));
  }

  @Test
  void aBrokenRulesFileIsReportedNotPassed() throws IOException {
    Path rules = Files.writeString(tmp.resolve("bad.guard"), "rule x { Resources.*[ Type == ] }\n");
    assertThat(CfnGuard.run(Samples.DIR.resolve("cfn-network.yaml"), rules)).singleElement().asString().contains("cfn-guard exited");
  }
}
