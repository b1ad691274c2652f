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

/** The Terraform checker accepts the hand-written module and catches each class of mistake. */
class TfCheckerTest {
  static final Path MODULE = Samples.DIR.resolve("tf-module");
  @TempDir Path tmp;

  @BeforeEach
  void tools() {
    Tools.require(Tools.Tool.HCL);
    Tools.require(Tools.Tool.TF_SCHEMA);
  }

  @Test
  void handWrittenModulePasses() {
    List<String> problems = TfChecker.check(MODULE);
    assertThat(problems).as(Samples.join(problems)).isEmpty();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      main.tf | resource "aws_vpc" "main" { | resource "aws_vpc" "main" {{ | main.tf: HCL syntax
      main.tf | cidr_block        = "10.16.15.240/28" | cidr_block        = "10.16.15.240/28 | main.tf: HCL syntax
      main.tf | cidr_block           = "10.16.0.0/20" | cidr_block = "10.16.0.0/20" | main.tf: not in `terraform fmt` style
      main.tf | resource "aws_subnet" "attach_a" | resource "aws_subnett" "attach_a" | unknown resource type 'aws_subnett'
      main.tf | enable_dns_support   = true | enable_dns_suport    = true | unknown argument or block 'enable_dns_suport'; did you mean 'enable_dns_support'
      main.tf | cidr_block         = "10.0.0.0/8" | cidr_blok          = "10.0.0.0/8" | resource aws_route_table.workload.route: unknown argument or block 'cidr_blok'
      main.tf | transit_gateway_id = var.transit_gateway_id\\n  vpc_id | vpc_id | missing required argument 'transit_gateway_id'
      outputs.tf | aws_vpc.main.id | aws_vpc.primary.id | reference aws_vpc.primary.id does not resolve in this module
      outputs.tf | aws_vpc.main.id | aws_vpc.main.cidr_blocks | aws_vpc has no attribute 'cidr_blocks'
      main.tf | transit_gateway_id = var.transit_gateway_id\\n  vpc_id | transit_gateway_id = var.tgw_id\\n  vpc_id | reference var.tgw_id does not resolve
      main.tf | tags = local.tags | tags = local.tag | reference local.tag does not resolve
      """)
  void brokenModulesFail(String file, String from, String to, String expected) throws IOException {
    for (String f : List.of("main.tf", "variables.tf", "outputs.tf")) Files.copy(MODULE.resolve(f), tmp.resolve(f));
    String text = Files.readString(MODULE.resolve(file));
    Files.writeString(tmp.resolve(file), Samples.replace(text, CfnCheckerTest.unescape(from), CfnCheckerTest.unescape(to)));
    List<String> problems = TfChecker.check(tmp);
    assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      aws_route_table.workload.id | 10.0.0.0/8  | two routes to the same destination in one route table
      aws_route_table.other.id    | 10.0.0.0/8  | ''
      aws_route_table.workload.id | 10.1.0.0/16 | ''
      """)
  void aRouteTableHasOneRoutePerDestination(String table, String destination, String expected) throws IOException {
    for (String f : List.of("main.tf", "variables.tf", "outputs.tf")) Files.copy(MODULE.resolve(f), tmp.resolve(f));
    Files.writeString(tmp.resolve("routes.tf"), """
        resource "aws_route_table" "other" {
          vpc_id = aws_vpc.main.id
        }

        resource "aws_route" "again" {
          route_table_id         = %s
          destination_cidr_block = "%s"
          transit_gateway_id     = var.transit_gateway_id
        }
        """.formatted(table, destination));
    List<String> problems = TfChecker.check(tmp);
    if (expected.isEmpty()) assertThat(problems).as(Samples.join(problems)).isEmpty();
    else assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected) && p.contains("RouteAlreadyExists"));
  }

  @Test
  void twoAwsRoutesToOneDestinationAndADuplicateResourceFail() throws IOException {
    for (String f : List.of("main.tf", "variables.tf", "outputs.tf")) Files.copy(MODULE.resolve(f), tmp.resolve(f));
    String route = """
        resource "aws_route" "to_shared" {
          route_table_id         = aws_route_table.workload.id
          destination_cidr_block = "10.64.0.0/16"
          transit_gateway_id     = var.transit_gateway_id
        }
        """;
    Files.writeString(tmp.resolve("a.tf"), route);
    Files.writeString(tmp.resolve("b.tf"), route);
    List<String> problems = TfChecker.check(tmp);
    assertThat(problems).as(Samples.join(problems))
        .anyMatch(p -> p.contains("aws_route.to_shared is declared 2 times"))
        .anyMatch(p -> p.contains("two routes to the same destination") && p.contains("10.64.0.0/16"));
  }

  // the defect generate had: an IPv6-only subnet written with its IPv6 block as cidr_block (AWS refuses it)
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      cidr_block = "2600:1f18:4a2b:ce10::/64" | is IPv6; the provider takes an IPv4 network here
      ipv6_cidr_block = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 16)\\n  ipv6_native = true | ''
      ipv6_cidr_block = "2600:1f18:4a2b:ce10::/64"\\n  ipv6_native = true | ''
      ipv6_cidr_block = "10.16.1.0/24"\\n  ipv6_native = true | is IPv4; the provider takes an IPv6 network here
      ipv6_cidr_block = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 16) | no cidr_block and no ipv6_native = true
      cidr_block = "10.16.1.0/24"\\n  ipv6_native = true | with an IPv4 block
      ipv6_native = true | without ipv6_cidr_block
      """)
  void anIpv6OnlySubnetHasNoCidrBlock(String blocks, String expected) throws IOException {
    for (String f : List.of("main.tf", "variables.tf", "outputs.tf")) Files.copy(MODULE.resolve(f), tmp.resolve(f));
    Files.writeString(tmp.resolve("v6.tf"), """
        resource "aws_subnet" "v6_only" {
          vpc_id = aws_vpc.main.id
          %s
        }
        """.formatted(CfnCheckerTest.unescape(blocks)));
    List<String> problems = TfChecker.check(tmp).stream().filter(p -> !p.contains("terraform fmt")).toList();
    if (expected.isEmpty()) assertThat(problems).as(Samples.join(problems)).isEmpty();
    else assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains("aws_subnet.v6_only") && p.contains(expected));
  }
}
