package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What validate and import make of files shaped as real exports are (src/test/resources/realfiles):
 * the AWS CLI v2's fields, block and peering states, default VPCs, RAM-shared subnets, IPv6-only
 * subnets, Windows line ends and byte order marks, PowerShell's UTF-16, appended output, odd values.
 */
class RealFilesTest {
  private static final Path ROOT = Path.of("src/test/resources/realfiles");
  private static final Path ESTATE = ROOT.resolve("estate");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static JsonNode validate(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("validate"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json", "--min-severity", "info"));
    Run r = Run.of(all.toArray(String[]::new));
    assertThat(r.err()).as(r.all()).doesNotContain("Exception");
    return JSON.readTree(r.out());
  }

  private static List<String> codes(JsonNode v) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : v.get("findings")) out.add(f.get("code").asText());
    return out;
  }

  private static List<String> messages(JsonNode v) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : v.get("findings")) out.add(f.get("code").asText() + " " + f.get("message").asText());
    return out;
  }

  @Test
  void theEstateReadsAsAnArchitectWouldReadIt() throws IOException {
    JsonNode v = validate(ESTATE.toString());
    assertThat(v.at("/summary/accounts").asInt()).isEqualTo(2);
    assertThat(v.at("/summary/vpcs").asInt()).isEqualTo(6); // both default VPCs of 111…, one of 222…, three more
    assertThat(v.at("/summary/subnets").asInt()).isEqualTo(3); // the shared and the IPv6-only subnet count
    // disassociated 10.99/16 and failed 10.98/16 blocks of vpc-0aaa0001 are gone: its active peer on 10.99/16 is fine
    assertThat(codes(v)).doesNotContain("VPC_CIDR_OVERLAP", "PEERING_OVERLAP", "VPC_CIDR_OVERLAP_GROUP")
        // a failed attachment's left-over propagation is not "missing from the export"
        .doesNotContain("DANGLING_REFERENCE", "INVENTORY_ELEMENT", "INVENTORY_LAYOUT")
        .containsExactlyInAnyOrder("BLACKHOLE_ROUTE", "BLACKHOLE_ROUTE", "BLACKHOLE_ROUTE", "DEFAULT_VPC_OVERLAP");
    assertThat(messages(v)).anySatisfy(m -> assertThat(m).startsWith("DEFAULT_VPC_OVERLAP 3 default VPCs use 172.31.0.0/16"))
        .anySatisfy(m -> assertThat(m).contains("shared-\u00e9t\u00e9 \"core\" \ud83d\ude80").contains("pcx-0deadbeef"));
    assertThat(v.at("/summary/errors").asInt()).isZero();
  }

  @Test
  void importKeepsWhatCountsAndDropsWhatDoesNot() throws IOException {
    Path out = tmp.resolve("out");
    Run r = Run.of("import", ESTATE.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.all()).contains("2 accounts, 6 VPCs, 3 subnets, 1 transit gateway, 1 peering");
    Path a = out.resolve("aws_configs/111111111111/us-east-1");
    JsonNode vpcs = JSON.readTree(a.resolve("Vpcs.json").toFile());
    assertThat(vpcs.findValues("IsDefault")).extracting(JsonNode::asBoolean).containsExactly(true);
    assertThat(vpcs.toString()).doesNotContain("10.99.0.0/16", "10.98.0.0/16", "2600:1f18:1234:7700::/56");
    JsonNode peerings = JSON.readTree(a.resolve("VpcPeeringConnections.json").toFile());
    assertThat(peerings.findValuesAsText("VpcPeeringConnectionId")).containsExactly("pcx-0active");
    // the subnets shared to 222… are kept under their owner, the IPv6-only one with its IPv6 block
    JsonNode subnets = JSON.readTree(a.resolve("Subnets.json").toFile());
    assertThat(subnets.findValuesAsText("SubnetId")).containsExactly("subnet-0shared01", "subnet-0v6only01");
    assertThat(subnets.toString()).contains("2600:1f18:1234:5601::/64");
    // the route to customer prefix list pl-0customer is one route per entry of pl-0customer.json; the S3 list's is not followed
    String tables = JSON.readTree(a.resolve("RouteTables.json").toFile()).toString();
    assertThat(tables).contains("{\"DestinationCidrBlock\":\"192.168.0.0/16\",\"TransitGatewayId\":\"tgw-0hub\"")
        .contains("{\"DestinationCidrBlock\":\"172.16.0.0/12\",\"TransitGatewayId\":\"tgw-0hub\"").doesNotContain("pl-");
    // on the TGW: an entry AWS lists as a route of its own (type propagated) stays a route, a reference
    // without a CIDR gets the entries the table does not route yet
    String tgw = JSON.readTree(a.resolve("TransitGatewayStaticRoutes.json").toFile()).toString();
    assertThat(tgw).contains("{\"DestinationCidrBlock\":\"192.168.0.0/16\",\"TransitGatewayAttachments\":[{\"TransitGatewayAttachmentId\":\"tgw-attach-0a\"}]")
        .contains("{\"DestinationCidrBlock\":\"172.16.0.0/12\",\"TransitGatewayAttachments\":[{\"TransitGatewayAttachmentId\":\"tgw-attach-0a\"}]");
    assertThat(tgw.split("192\\.168\\.0\\.0/16", -1)).hasSize(2);
    assertThat(Files.readString(a.resolve("TransitGatewayPropagations.json"))).doesNotContain("tgw-attach-0c");
    // read back, the snapshot says what the original says
    assertThat(messages(validate(out.toString()))).isEqualTo(messages(validate(ESTATE.toString())));
  }

  @Test
  void appendedOutputIsAllRead() throws IOException {
    JsonNode v = validate(file("appended.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(v.at("/summary/vpcs").asInt()).isEqualTo(2);
    assertThat(messages(v)).anySatisfy(m -> assertThat(m).startsWith("INVENTORY_LAYOUT 2 JSON documents in one file"));
  }

  @Test
  void powerShellUtf16IsRead() throws IOException {
    JsonNode v = validate(file("powershell-utf16.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(v.at("/summary/vpcs").asInt()).isEqualTo(1);
    assertThat(v.get("findings")).isEmpty();
  }

  @Test
  void aBadValueInAWindowsFileIsLocatedAsTheEditorShowsIt() throws IOException {
    JsonNode v = validate(file("windows-bad-cidr.json"), "--account", "111111111111", "--region", "us-east-1");
    JsonNode bad = v.get("findings").get(0);
    assertThat(bad.get("code").asText()).isEqualTo("INVENTORY_ELEMENT");
    assertThat(bad.get("message").asText()).contains("did you mean 10.1.1.0/24?");
    assertThat(bad.at("/location/line").asInt()).isEqualTo(11); // CRLF counted once, the BOM not a column
    assertThat(bad.at("/location/column").asInt()).isEqualTo(26);
  }

  @Test
  void numbersWhereStringsBelongAreLocatedFindings() throws IOException {
    JsonNode v = validate(file("numbers.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(messages(v)).singleElement().satisfies(m -> assertThat(m)
        .contains("OwnerId: expected a string, found the number 111111111111")
        .contains("IsDefault: expected true or false, found the string 'false'"));
    assertThat(v.at("/findings/0/location/line").asInt()).isEqualTo(2);
  }

  @Test
  void unicodeEscapesInIdsAndCidrsAreTheirCharacters() throws IOException {
    JsonNode v = validate(file("escapes.json"), file("appended.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(v.at("/summary/vpcs").asInt()).isEqualTo(3);
    assertThat(v.get("findings").toString()).doesNotContain("10.3.0.0"); // 10.3/16 overlaps nothing, and parsed
  }

  @Test
  void emptyAndShapelessFiles() throws IOException {
    assertThat(messages(validate(file("empty.json"), "--account", "111111111111", "--region", "us-east-1"))).containsExactly(
        "INVENTORY_LAYOUT file is empty; skipped");
    assertThat(messages(validate(file("object.json"), "--account", "111111111111", "--region", "us-east-1"))).containsExactly(
        "INVENTORY_LAYOUT an empty JSON object; skipped");
    Run list = Run.of("validate", file("list.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(list.code()).isEqualTo(2);
    assertThat(list.err()).contains("list.json:1:1: expected a JSON object").contains("--query").doesNotContain("Exception");
  }

  @Test
  void subnetsExportedFromAnotherRegionAreNoted() throws IOException {
    Path d = tmp.resolve("aws_configs/111111111111/us-east-1");
    Run.write(d, "vpcs.json", Run.VPC_OK);
    Run.write(d, "subnets.json", """
        {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.0.0/24", "AvailabilityZone": "us-east-1a"},
          {"SubnetId": "subnet-2", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "us-east-1-bos-1a"}]}
        """);
    assertThat(codes(validate(tmp.toString()))).isEmpty(); // negative control: a Local Zone is in its region
    Run.write(d, "subnets.json", """
        {"Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.0.0/24", "AvailabilityZone": "eu-west-1a"},
          {"SubnetId": "subnet-2", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24", "AvailabilityZone": "eu-west-1b"}]}
        """);
    assertThat(messages(validate(tmp.toString()))).singleElement().satisfies(m -> assertThat(m)
        .startsWith("INVENTORY_LAYOUT 2 subnets of this file are in availability zones of another region than us-east-1")
        .contains("aws_configs/111111111111/eu-west-1/"));
  }

  @Test
  void aFileInAnotherEncodingSaysSo() {
    Run r = Run.of("validate", file("latin1.json"), "--account", "111111111111", "--region", "us-east-1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("latin1.json:1:").contains("save it as UTF-8").doesNotContain("Exception");
  }

  @Test
  void aPropagationFromAnAttachmentNoFileListsIsStillDangling() throws IOException { // negative control
    Path d = tmp.resolve("aws_configs/111111111111/us-east-1");
    Run.write(d, "tgw.json", """
        {"TransitGateways": [{"TransitGatewayId": "tgw-1", "State": "available"}],
         "TransitGatewayRouteTables": [{"TransitGatewayRouteTableId": "tgw-rtb-1", "TransitGatewayId": "tgw-1"},
           {"TransitGatewayRouteTableId": "tgw-rtb-deleted", "TransitGatewayId": "tgw-1", "State": "deleted"}],
         "TransitGatewayAttachments": [
           {"TransitGatewayAttachmentId": "tgw-attach-live", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
            "ResourceId": "vpc-1", "State": "modifying"},
           {"TransitGatewayAttachmentId": "tgw-attach-gone", "TransitGatewayId": "tgw-1", "ResourceType": "vpc",
            "ResourceId": "vpc-1", "State": "deleted"}],
         "TransitGatewayRouteTablePropagations": {"tgw-rtb-1": [
           {"TransitGatewayAttachmentId": "tgw-attach-live", "State": "enabled"},
           {"TransitGatewayAttachmentId": "tgw-attach-gone", "State": "enabled"},
           {"TransitGatewayAttachmentId": "tgw-attach-unknown", "State": "enabled"}],
           "tgw-rtb-deleted": [{"TransitGatewayAttachmentId": "tgw-attach-live", "State": "enabled"}]}}
        """);
    Run.write(d, "vpcs.json", Run.VPC_OK);
    List<String> m = messages(validate(tmp.toString()));
    assertThat(m).filteredOn(x -> x.startsWith("DANGLING_REFERENCE")).singleElement()
        .satisfies(x -> assertThat(x).contains("tgw-attach-unknown"));
  }

  private static String file(String name) {
    return ROOT.resolve("files").resolve(name).toString();
  }
}
