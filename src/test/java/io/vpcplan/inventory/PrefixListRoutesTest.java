package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routes to a customer-managed prefix list: followed once the list's entries are exported (as
 * get-managed-prefix-list-entries output named after the list, or inside a ManagedPrefixLists
 * element), and a located warning saying what to export when they are not.
 */
class PrefixListRoutesTest {
  @TempDir Path root;
  Path region;

  static final String VPCS = """
      {"Vpcs": [
        {"VpcId": "vpc-0a", "OwnerId": "111111111111", "CidrBlock": "10.1.0.0/16", "State": "available", "Tags": [{"Key": "Name", "Value": "a"}]},
        {"VpcId": "vpc-0b", "OwnerId": "111111111111", "CidrBlock": "10.2.0.0/16", "State": "available", "Tags": [{"Key": "Name", "Value": "b"}]}]}
      """;
  static final String PEERINGS = """
      {"VpcPeeringConnections": [{"VpcPeeringConnectionId": "pcx-0ab", "Status": {"Code": "active"},
        "RequesterVpcInfo": {"VpcId": "vpc-0a", "OwnerId": "111111111111", "Region": "us-east-1", "CidrBlock": "10.1.0.0/16"},
        "AccepterVpcInfo": {"VpcId": "vpc-0b", "OwnerId": "111111111111", "Region": "us-east-1", "CidrBlock": "10.2.0.0/16"}}]}
      """;
  /** a: 10.2/16 only through pl-0peers; an S3 gateway endpoint's AWS-managed list; b routes back by CIDR. */
  static final String TABLES = """
      {"RouteTables": [
        {"RouteTableId": "rtb-0a", "VpcId": "vpc-0a", "Associations": [{"Main": true}],
         "Routes": [
           {"DestinationCidrBlock": "10.1.0.0/16", "GatewayId": "local", "State": "active"},
           {"DestinationCidrBlock": "10.9.0.0/16", "TransitGatewayId": "tgw-0other", "State": "active"},
           {"DestinationPrefixListId": "pl-0peers", "VpcPeeringConnectionId": "pcx-0ab", "State": "active"},
           {"DestinationPrefixListId": "pl-63a5400a", "GatewayId": "vpce-0s3", "State": "active"}]},
        {"RouteTableId": "rtb-0b", "VpcId": "vpc-0b", "Associations": [{"Main": true}],
         "Routes": [
           {"DestinationCidrBlock": "10.2.0.0/16", "GatewayId": "local", "State": "active"},
           {"DestinationCidrBlock": "10.1.0.0/16", "VpcPeeringConnectionId": "pcx-0ab", "State": "active"}]}]}
      """;
  static final String ENTRIES = """
      {"Entries": [{"Cidr": "10.2.0.0/16", "Description": "b"}, {"Cidr": "10.9.0.0/16"}]}
      """;

  @BeforeEach
  void estate() throws IOException {
    region = root.resolve("aws_configs/111111111111/us-east-1");
    Run.write(region, "vpcs.json", VPCS);
    Run.write(region, "peerings.json", PEERINGS);
    Run.write(region, "route-tables.json", TABLES);
  }

  private Run path() {
    return Run.of("reach", root.toString(), "--from", "a", "--to", "b");
  }

  @Test
  void entriesNamedAfterTheListAreFollowed() throws IOException {
    Run.write(region, "pl-0peers.json", ENTRIES);
    Run r = path();
    assertThat(r.out()).contains("vpc-0a rtb-0a: 10.2.0.0/16 -> pcx-0ab").contains("ends in vpc-0b");
    assertThat(r.err()).isEmpty();
    Run v = Run.of("validate", root.toString(), "--min-severity", "info");
    assertThat(v.code()).as(v.all()).isZero();
    assertThat(v.out()).contains("0 errors, 0 warnings, 0 info");
    // the table's own CIDR route to 10.9/16 stays where it goes; the entry does not add a second one
    Path out = root.resolve("imported");
    assertThat(Run.of("import", root.toString(), "-o", out.toString()).code()).isZero();
    String tables = Files.readString(out.resolve("aws_configs/111111111111/us-east-1/RouteTables.json"));
    assertThat(tables.replaceAll("\\s+", "")).contains("\"DestinationCidrBlock\":\"10.2.0.0/16\",\"VpcPeeringConnectionId\":\"pcx-0ab\"");
    assertThat(tables.split("10\\.9\\.0\\.0/16", -1)).hasSize(2);
    assertThat(tables).doesNotContain("pl-");
  }

  @Test
  void entriesInsideTheListElementAreFollowed() throws IOException {
    Run.write(region, "managed-prefix-lists.json", """
        {"PrefixLists": [{"PrefixListId": "pl-0peers", "PrefixListName": "peers", "AddressFamily": "IPv4",
          "Entries": [{"Cidr": "10.2.0.0/16"}]}]}
        """);
    assertThat(path().out()).contains("10.2.0.0/16 -> pcx-0ab").contains("ends in vpc-0b");
  }

  @Test
  void aListWithoutEntriesIsSaidWhereItIsUsed() throws IOException {
    Run.write(region, "managed-prefix-lists.json", """
        {"PrefixLists": [{"PrefixListId": "pl-0peers", "PrefixListName": "peers", "AddressFamily": "IPv4", "State": "create-complete",
          "PrefixListArn": "arn:aws:ec2:us-east-1:111111111111:prefix-list/pl-0peers", "MaxEntries": 10, "Version": 1, "OwnerId": "111111111111"}]}
        """);
    Run r = path();
    assertThat(r.out()).contains("dropped: vpc-0a rtb-0a has no route for 10.2.0.0/16");
    assertThat(r.err()).contains("note: reading the sources gave 1 warning (DANGLING_REFERENCE)");
    Run v = Run.of("validate", root.toString());
    assertThat(v.out()).contains("route-tables.json:6:34: a route in rtb-0a goes to prefix list pl-0peers (peers), whose"
        + " entries are not in the export").contains("--prefix-list-id pl-0peers` as pl-0peers.json");
    // the S3 endpoint's AWS-managed list reaches no VPC: nothing is said of it
    assertThat(v.out()).doesNotContain("pl-63a5400a").contains("0 errors, 1 warning");
    Path gen = root.resolve("tf");
    Run g = Run.of("generate", root.toString(), "--target", "terraform", "-o", gen.toString());
    assertThat(g.err()).as(g.all()).contains("note: reading the sources gave 1 warning");
    assertThat(Run.of("diagram", root.toString(), "-o", root.resolve("d.dot").toString()).err()).contains("note:");
  }

  @Test
  void describePrefixListsCidrsAreEntries() throws IOException {
    Run.write(region, "prefix-lists.json", """
        {"PrefixLists": [{"PrefixListId": "pl-0peers", "PrefixListName": "com.example.peers", "Cidrs": ["10.2.0.0/16", "10.3.0.0/16"]}]}
        """);
    assertThat(path().out()).contains("10.2.0.0/16 -> pcx-0ab").contains("ends in vpc-0b");
  }

  @Test
  void aCleanEstateGetsNoNote() throws IOException {
    Run.write(region, "pl-0peers.json", ENTRIES);
    assertThat(Run.of("diagram", root.toString(), "-o", root.resolve("d.dot").toString()).err()).doesNotContain("note:");
    assertThat(Run.of("reach", root.toString()).err()).doesNotContain("note:");
  }

  @Test
  void entriesWhoseFileDoesNotNameTheListAreSkippedWithAWarning() throws IOException {
    Run.write(region, "entries.json", ENTRIES);
    Run v = Run.of("validate", root.toString());
    assertThat(v.out()).contains("entries.json:1:1").contains("name the file after the list")
        .contains("goes to prefix list pl-0peers");
  }

  @Test
  void aBadEntryIsAFindingAndTheOthersStillCount() throws IOException {
    Run.write(region, "pl-0peers.json", """
        {"Entries": [{"Cidr": "10.2.0.0/33"}, {"Cidr": "10.2.0.0/16"}]}
        """);
    Run v = Run.of("validate", root.toString());
    assertThat(v.out()).contains("INVENTORY_ELEMENT").contains("pl-0peers.json:1:23");
    assertThat(path().out()).contains("ends in vpc-0b");
  }
  /**
   * AWS lists each entry of a TGW prefix-list reference as a route of type "propagated" to the
   * reference's attachment: a route, not that attachment's propagation (which would route its VPC).
   */
  @Test
  void aTgwPrefixListEntryIsARouteNotAPropagation() throws IOException {
    Run.write(region, "tgw.json", """
        {"TransitGateways": [{"TransitGatewayId": "tgw-0h", "OwnerId": "111111111111", "State": "available", "Options": {"AmazonSideAsn": 64512}}],
         "TransitGatewayAttachments": [
           {"TransitGatewayAttachmentId": "tgw-attach-a", "TransitGatewayId": "tgw-0h", "ResourceType": "vpc", "ResourceId": "vpc-0a",
            "ResourceOwnerId": "111111111111", "State": "available", "Association": {"TransitGatewayRouteTableId": "tgw-rtb-0", "State": "associated"}},
           {"TransitGatewayAttachmentId": "tgw-attach-b", "TransitGatewayId": "tgw-0h", "ResourceType": "vpc", "ResourceId": "vpc-0b",
            "ResourceOwnerId": "111111111111", "State": "available", "Association": {"TransitGatewayRouteTableId": "tgw-rtb-0", "State": "associated"}}],
         "TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-0", "TransitGatewayId": "tgw-0h", "State": "available"}],
         "TransitGatewayRouteTableRoutes": {"tgw-rtb-0": [
           {"DestinationCidrBlock": "10.1.0.0/16", "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-a"}], "Type": "propagated", "State": "active"},
           {"DestinationCidrBlock": "10.50.0.0/16", "PrefixListId": "pl-0dc", "TransitGatewayAttachments": [{"TransitGatewayAttachmentId": "tgw-attach-b"}], "Type": "propagated", "State": "active"}]}}
        """);
    Path out = root.resolve("imported");
    Run r = Run.of("import", root.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.all()).isZero();
    Path a = out.resolve("aws_configs/111111111111/us-east-1");
    String props = Files.readString(a.resolve("TransitGatewayPropagations.json"));
    assertThat(props).contains("tgw-attach-a").doesNotContain("tgw-attach-b");
    assertThat(Files.readString(a.resolve("TransitGatewayStaticRoutes.json")).replaceAll("\\s+", ""))
        .contains("\"DestinationCidrBlock\":\"10.50.0.0/16\",\"TransitGatewayAttachments\":[{\"TransitGatewayAttachmentId\":\"tgw-attach-b\"}]");
  }
}
