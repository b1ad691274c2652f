package io.vpcplan.generate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudFormation model checker accepts the hand-written samples and catches each class of mistake. */
class CfnCheckerTest {
  @BeforeEach
  void tool() {
    Tools.require(Tools.Tool.CFN_SPEC);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cfn-network.yaml", "cfn-workload.yaml", "cfn-firewall.yaml"})
  void validSamplesPass(String sample) {
    List<String> problems = CfnChecker.check(Samples.read(sample));
    assertThat(problems).as(sample + Samples.join(problems)).isEmpty();
  }

  /** sample | fragment | broken fragment | expected words in a problem. */
  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      cfn-workload.yaml | Type: AWS::EC2::VPC\\n | Type: AWS::EC2::Vpcc\\n | unknown resource type 'AWS::EC2::Vpcc'
      cfn-workload.yaml | EnableDnsSupport: true | EnableDnsSuport: true | unknown property 'EnableDnsSuport' of AWS::EC2::VPC; did you mean 'EnableDnsSupport'
      cfn-workload.yaml | TransitGatewayId: !Ref TransitGatewayId\\n      VpcId | VpcId | missing required property 'TransitGatewayId' of AWS::EC2::TransitGatewayVpcAttachment
      cfn-workload.yaml | SubnetIds: [!Ref SubnetAppA] | SubnetIds: !Ref SubnetAppA | 
      cfn-workload.yaml | SubnetIds:\\n        - !Ref SubnetAttachA | SubnetIds: subnet-1 | SubnetIds must be a list, got the scalar 'subnet-1'
      cfn-workload.yaml | CidrBlock: 10.16.0.0/20 | CidrBlock: [10.16.0.0/20] | CidrBlock must be a string, got a list
      cfn-workload.yaml | DnsSupport: enable\\n        ApplianceModeSupport | DnsSupprt: enable\\n        ApplianceModeSupport | unknown property 'DnsSupprt' of AWS::EC2::TransitGatewayVpcAttachment.Options
      cfn-workload.yaml | FromPort: 443 | FromPort: [443] | FromPort must be a number
      cfn-workload.yaml | - Key: Name\\n          Value: payments-prod\\n  VpcCidr2 | - Key: Name\\n  VpcCidr2 | a tag in AWS::EC2::VPC.Tags[] needs Value
      cfn-workload.yaml | VpcId: !Ref Vpc\\n      CidrBlock: 10.16.0.0/22 | VpcId: !Ref Vpx\\n      CidrBlock: 10.16.0.0/22 | Ref names no resource or parameter 'Vpx'
      cfn-workload.yaml | AttachmentId:\\n    Value: !GetAtt TgwAttachment.Id | AttachmentId:\\n    Value: !GetAtt TgwAttachment.Arn | has no attribute 'Arn'
      cfn-workload.yaml | CidrIp: !GetAtt Vpc.CidrBlock | CidrIp: !GetAtt Vpcs.CidrBlock | Fn::GetAtt names no resource 'Vpcs'
      cfn-workload.yaml | com.amazonaws.${AWS::Region}.ssm | com.amazonaws.${Region}.ssm | ${Region} names no resource
      cfn-network.yaml | transit-gateway/${TgwUseast1} | transit-gateway/${TgwUseast1.Nope} | has no attribute 'Nope'
      cfn-workload.yaml | DependsOn: TgwAttachment | DependsOn: TgwAttach | DependsOn names no resource 'TgwAttach'
      cfn-network.yaml | Outputs: | Output: | unknown top-level section; did you mean 'Outputs'
      cfn-network.yaml | !Ref TgwUseast1\\n      Tags | !Reff TgwUseast1\\n      Tags | unknown YAML tag !Reff
      """)
  void brokenSamplesFail(String sample, String from, String to, String expected) {
    String broken = Samples.replace(Samples.read(sample), unescape(from), unescape(to));
    List<String> problems = CfnChecker.check(broken);
    if (expected == null) {
      assertThat(problems).as("a Ref to a list parameter or resource is opaque; this edit stays accepted").isEmpty();
    } else {
      assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected));
    }
  }

  static String unescape(String s) {
    return s.replace("\\n", "\n");
  }

  /** A second route to 10.0.0.0/8: in the same table it fails; in the other table, or to another destination, it passes. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      RouteTablePrivate    | 10.0.0.0/8  | two routes to the same destination in one route table
      RouteTableAttachment | 10.0.0.0/8  | ''
      RouteTablePrivate    | 10.1.0.0/16 | ''
      """)
  void aRouteTableHasOneRoutePerDestination(String table, String destination, String expected) {
    String again = """
          RoutePrivateToTgwAgain:
            Type: AWS::EC2::Route
            DependsOn: TgwAttachment
            Properties:
              RouteTableId: !Ref %s
              DestinationCidrBlock: %s
              TransitGatewayId: !Ref TransitGatewayId
        """.formatted(table, destination);
    String text = Samples.replace(Samples.read("cfn-workload.yaml"), "  InterfaceEndpointSg:\n", again + "  InterfaceEndpointSg:\n");
    List<String> problems = CfnChecker.check(text);
    if (expected.isEmpty()) assertThat(problems).as(Samples.join(problems)).isEmpty();
    else assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected) && p.contains("RoutePrivateToTgwAgain"));
  }

  // the defect generate had: an IPv6-only subnet written with its IPv6 block as CidrBlock (AWS refuses it)
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CidrBlock: 2600:1f18:4a2b:ce10::/64 | is IPv6; AWS::EC2::Subnet.CidrBlock takes an IPv4 block
      Ipv6CidrBlock: 2600:1f18:4a2b:ce10::/64\\n      Ipv6Native: true | ''
      Ipv6CidrBlock: 10.16.9.0/24\\n      Ipv6Native: true | is IPv4; AWS::EC2::Subnet.Ipv6CidrBlock takes an IPv6 block
      Ipv6CidrBlock: 2600:1f18:4a2b:ce10::/64 | no CidrBlock and no Ipv6Native: true
      CidrBlock: 10.16.9.0/24\\n      Ipv6Native: true | with an IPv4 block
      Ipv6Native: true | without Ipv6CidrBlock
      """)
  void anIpv6OnlySubnetHasNoCidrBlock(String blocks, String expected) {
    String template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.16.0.0/20
          V6Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              %s
        """.formatted(unescape(blocks));
    List<String> problems = CfnChecker.check(template);
    if (expected.isEmpty()) assertThat(problems).as(Samples.join(problems)).isEmpty();
    else assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains("V6Subnet") && p.contains(expected));
  }
}
