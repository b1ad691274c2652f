package io.vpcplan.generate.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Network;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers skip resource types they do not model (counted by type) and read a route to an AWS
 * Network Firewall endpoint as the plan writes it: target type FIREWALL_ENDPOINT.
 */
class ReaderToleranceTest {
  @TempDir Path tmp;


  @Test
  void cloudformationFirewallRoute() {
    String order = """
        stages:
        - stage: 1
          stacks:
          - stack: s1
            template: net/us-east-1/vpcs.yaml
            account: network
            region: us-east-1
        """;
    String template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: {CidrBlock: 100.64.0.0/24, Tags: [{Key: vpcplan:id, Value: network/us-east-1/inspection}]}
          Sub:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: !Ref Vpc, CidrBlock: 100.64.0.0/28, AvailabilityZone: us-east-1a}
          Rt:
            Type: AWS::EC2::RouteTable
            Properties: {VpcId: !Ref Vpc}
          Assoc:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: {SubnetId: !Ref Sub, RouteTableId: !Ref Rt}
          Policy:
            Type: AWS::NetworkFirewall::FirewallPolicy
            Properties: {FirewallPolicyName: p}
          Fw:
            Type: AWS::NetworkFirewall::Firewall
            Properties: {FirewallName: fw, FirewallPolicyArn: !Ref Policy, VpcId: !Ref Vpc}
          Default:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: !Ref Rt
              DestinationCidrBlock: 0.0.0.0/0
              VpcEndpointId: !Select [1, !Split [":", !Select [0, !GetAtt Fw.EndpointIds]]]
        """;
    CfnReader r = CfnReader.read(CfnReader.parse(Map.of("deployment-order.yaml", order, "net/us-east-1/vpcs.yaml", template)));
    assertThat(r.ignored).containsEntry("AWS::NetworkFirewall::FirewallPolicy", 1);
    assertThat(routes(Assembler.assemble(r.resources, List.of())))
        .anyMatch(x -> x.destination().equals(Cidr.parse("0.0.0.0/0")) && x.targetType() == RouteTarget.FIREWALL_ENDPOINT);
  }

  @Test
  void terraformFirewallRoute() {
    String readme = "# Account network (200000000001)\n";
    String tf = """
        provider "aws" {
          alias  = "us_east_1"
          region = "us-east-1"
        }

        resource "aws_vpc" "v" {
          provider   = aws.us_east_1
          cidr_block = "100.64.0.0/24"
          tags = {
            "vpcplan:id" = "network/us-east-1/inspection"
          }
        }

        resource "aws_subnet" "s" {
          provider          = aws.us_east_1
          vpc_id            = aws_vpc.v.id
          cidr_block        = "100.64.0.0/28"
          availability_zone = "us-east-1a"
        }

        resource "aws_route_table" "rt" {
          provider = aws.us_east_1
          vpc_id   = aws_vpc.v.id
        }

        resource "aws_route_table_association" "a" {
          provider       = aws.us_east_1
          subnet_id      = aws_subnet.s.id
          route_table_id = aws_route_table.rt.id
        }

        resource "aws_networkfirewall_firewall_policy" "p" {
          provider = aws.us_east_1
          name     = "p"
        }

        resource "aws_networkfirewall_firewall" "fw" {
          provider            = aws.us_east_1
          name                = "fw"
          firewall_policy_arn = aws_networkfirewall_firewall_policy.p.arn
          vpc_id              = aws_vpc.v.id
        }

        resource "aws_route" "default" {
          provider               = aws.us_east_1
          route_table_id         = aws_route_table.rt.id
          destination_cidr_block = "0.0.0.0/0"
          vpc_endpoint_id        = one([for s in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.availability_zone == "us-east-1a"])
        }
        """;
    Map<String, String> files = Map.of("network/main.tf", tf, "network/README.md", readme);
    TfReader r = TfReader.read(TfReader.parse(files, tmp), files);
    assertThat(r.ignored).containsEntry("aws_networkfirewall_firewall_policy", 1);
    assertThat(routes(Assembler.assemble(r.resources, List.of())))
        .anyMatch(x -> x.destination().equals(Cidr.parse("0.0.0.0/0")) && x.targetType() == RouteTarget.FIREWALL_ENDPOINT);
  }

  private static List<Route> routes(Network n) {
    assertThat(n.vpcs()).hasSize(1);
    return n.vpcs().get(0).routeTables().stream().filter(t -> !t.main()).flatMap(t -> t.routes().stream()).toList();
  }
}
