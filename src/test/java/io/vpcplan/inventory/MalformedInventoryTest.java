package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inventories give findings (exit 0/1) or one error line (exit 2) naming file:line:column
 * — never a stack trace. Everything runs through the CLI entry point.
 */
class MalformedInventoryTest {
  @TempDir Path dir;

  private Path region() {
    return dir.resolve("aws_configs/111111111111/us-east-1");
  }

  private Run validateFile(String name, String json) throws IOException {
    Run.write(region(), name, json);
    return Run.of("validate", dir.toString(), "--format", "json");
  }

  private static void noTrace(Run r) {
    assertThat(r.all()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
  }

  private Run expectUnreadable(Run r, String fileLineCol, String text) {
    noTrace(r);
    assertThat(r.code()).as(r.all()).isEqualTo(2);
    assertThat(r.err()).contains(fileLineCol).contains(text);
    assertThat(r.err().lines().count()).isEqualTo(1);
    return r;
  }

  private Run expectFinding(Run r, int code, String findingCode, String text, int line) {
    noTrace(r);
    assertThat(r.code()).as(r.all()).isEqualTo(code);
    assertThat(r.out()).contains("\"" + findingCode + "\"").contains(text).contains("\"line\" : " + line);
    return r;
  }

  @Test
  void truncatedJson() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"},\n {\"VpcId\": ");
    expectUnreadable(r, "vpcs.json:2:", "not valid JSON");
  }

  @Test
  void aFieldOfTheWrongTypeIsNotAlsoCalledMissing() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": 5, \"CidrBlock\": \"10.0.0.0/16\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "VpcId: expected a string, found the number 5", 1);
    assertThat(r.out()).doesNotContain("VpcId: missing");
    Run gone = validateFile("vpcs.json", "{\"Vpcs\": [{\"CidrBlock\": \"10.0.0.0/16\"}]}");
    expectFinding(gone, 1, "INVENTORY_ELEMENT", "VpcId: missing", 1);
  }

  @Test
  void topLevelArray() throws IOException {
    expectUnreadable(validateFile("vpcs.json", "[1, 2]"), "vpcs.json:1:1", "expected a JSON object");
  }

  @Test
  void appendedDocumentsAreAllRead() throws IOException {
    // `aws ec2 describe-vpcs >> vpcs.json` run twice: both documents count, and the file is named in a note
    Run r = validateFile("vpcs.json", Run.VPC_OK + Run.VPC_OK.replace("vpc-1", "vpc-2"));
    expectFinding(r, 0, "INVENTORY_LAYOUT", "2 JSON documents in one file", 1);
    assertThat(r.out()).contains("\"vpcs\" : 2").contains("VPC_CIDR_OVERLAP");
  }

  @Test
  void aValueAfterTheDocumentThatIsNotAnObject() throws IOException {
    expectUnreadable(validateFile("vpcs.json", Run.VPC_OK + "\n[]"), "vpcs.json:4:1", "after 1 JSON object(s), expected another");
  }

  @Test
  void binaryFile() throws IOException {
    Files.createDirectories(region());
    Files.write(region().resolve("vpcs.json"), new byte[] {0x7b, 0x00, (byte) 0xff, 0x13});
    expectUnreadable(Run.of("validate", dir.toString()), "vpcs.json:1:", "not valid JSON");
  }

  @Test
  void sectionOfWrongType() throws IOException {
    expectFinding(validateFile("vpcs.json", "{\n \"Vpcs\": \"none\"}"), 1, "INVENTORY_ELEMENT", "Vpcs: expected a list", 2);
  }

  @Test
  void elementOfWrongType() throws IOException {
    expectFinding(validateFile("vpcs.json", "{\"Vpcs\": [\n 42]}"), 1, "INVENTORY_ELEMENT", "Vpcs[0]: expected an object", 2);
  }

  @Test
  void missingVpcId() throws IOException {
    expectFinding(validateFile("vpcs.json", "{\"Vpcs\": [\n  {\"CidrBlock\": \"10.0.0.0/16\"}]}"), 1, "INVENTORY_ELEMENT",
        "VpcId: missing", 2);
  }

  @Test
  void cidrGarbage() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [\n {\"VpcId\": \"vpc-1\",\n  \"CidrBlock\": \"10.0.0.300/16\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "is not an IPv4 address", 3);
  }

  @Test
  void cidrWithHostBits() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.1/16\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "did you mean 10.0.0.0/16?", 1);
  }

  @Test
  void booleanOfWrongType() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\",\n \"IsDefault\": \"yes\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "IsDefault: expected true or false", 2);
  }

  @Test
  void tagsOfWrongType() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\",\n \"Tags\": {\"Name\": \"x\"}}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "Tags: expected a list", 2);
  }

  @Test
  void oneBadElementDoesNotHideTheOthers() throws IOException {
    Run r = validateFile("vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"},\n"
        + " {\"VpcId\": \"vpc-2\", \"CidrBlock\": \"bogus\"},\n {\"VpcId\": \"vpc-3\", \"CidrBlock\": \"10.0.0.0/16\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "vpc-2", 2);
    assertThat(r.out()).contains("\"VPC_CIDR_OVERLAP\"").contains("vpc-1").contains("vpc-3");
  }

  @Test
  void subnetWithoutVpcId() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    expectFinding(validateFile("subnets.json", "{\"Subnets\": [\n {\"SubnetId\": \"subnet-1\", \"CidrBlock\": \"10.0.0.0/24\"}]}"),
        1, "INVENTORY_ELEMENT", "VpcId: missing", 2);
  }

  @Test
  void subnetOfUnknownVpc() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Run r = validateFile("subnets.json", "{\"Subnets\": [\n {\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-9\", \"CidrBlock\": \"10.9.0.0/24\"}]}");
    expectFinding(r, 0, "DANGLING_REFERENCE", "vpc-9", 2);
  }

  @Test
  void attachmentWithoutTgw() throws IOException {
    Run r = validateFile("tgw.json", "{\"TransitGatewayVpcAttachments\": [\n {\"TransitGatewayAttachmentId\": \"tgw-attach-1\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "TransitGatewayId: missing", 2);
  }

  @Test
  void rawPropagationsWithoutTableId() throws IOException {
    Run r = validateFile("props.json", "{\"TransitGatewayRouteTablePropagations\": [\n {\"TransitGatewayAttachmentId\": \"a\"}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "TransitGatewayRouteTableId: missing; the AWS CLI output does not name", 2);
  }

  @Test
  void peeringWithoutAccepter() throws IOException {
    Run r = validateFile("pcx.json", "{\"VpcPeeringConnections\": [\n {\"VpcPeeringConnectionId\": \"pcx-1\", "
        + "\"Status\": {\"Code\": \"active\"}, \"RequesterVpcInfo\": {\"VpcId\": \"vpc-1\"}}]}");
    expectFinding(r, 1, "INVENTORY_ELEMENT", "AccepterVpcInfo.VpcId: missing", 2);
  }

  @Test
  void emptyFileIsAWarning() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Run r = validateFile("subnets.json", "");
    expectFinding(r, 0, "INVENTORY_LAYOUT", "file is empty", 1);
  }

  @Test
  void fileWithNoKnownKeyIsNoted() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Run r = validateFile("gadgets.json", "{\"Gadgets\": []}");
    noTrace(r);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("no describe-* key vpcplan reads (found: Gadgets)");
  }

  @Test
  void batfishFilesTheModelHasNoPlaceForAreSkippedSilently() throws IOException {
    Run.write(region(), "Vpcs.json", Run.VPC_OK);
    Run.write(region(), "Reservations.json", "{\"Reservations\": [{\"Instances\": []}]}");
    Run.write(region(), "SecurityGroups.json", "{\"SecurityGroups\": [{\"GroupId\": \"sg-1\"}]}");
    Run.write(region(), "InternetGateways.json", "{\"InternetGateways\": [{\"InternetGatewayId\": \"igw-1\"}]}");
    Run.write(region(), "NatGateways.json", "{\"NatGateways\": []}");
    Run.write(region(), "VpnGateways.json", "{\"VpnGateways\": [{\"VpnGatewayId\": \"vgw-1\", \"State\": \"available\"}]}");
    Run.write(region(), "VpnConnections.json", "{\"VpnConnections\": []}");
    Run.write(region(), "CustomerGateways.json", "{\"CustomerGateways\": []}");
    Run.write(region(), "NetworkInterfaces.json", "{\"NetworkInterfaces\": []}");
    Run r = Run.of("validate", dir.toString(), "--format", "json");
    noTrace(r);
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).doesNotContain("INVENTORY_LAYOUT");
  }

  @Test
  void fileAtTheWrongDepth() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Run.write(dir, "aws_configs/111111111111/vpcs.json", Run.VPC_OK);
    Run.write(dir, "aws_configs/111111111111/us-east-1/old/vpcs.json", Run.VPC_OK);
    Run r = Run.of("validate", dir.toString());
    noTrace(r);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("INVENTORY_LAYOUT (2)").contains("outside any region folder").contains("unexpected folder depth");
  }

  @Test
  void regionFolderThatIsNotARegion() throws IOException {
    Run.write(dir, "aws_configs/111111111111/prod/vpcs.json", Run.VPC_OK);
    Run r = Run.of("validate", dir.toString());
    noTrace(r);
    assertThat(r.out()).contains("does not look like an AWS region");
  }

  @Test
  void emptyFolders() throws IOException {
    Files.createDirectories(dir.resolve("aws_configs/111111111111"));
    expectUnreadable(Run.of("validate", dir.toString()), dir.toString(), "no describe-* JSON files found");
  }

  @Test
  void emptyAccountFolderNextToAGoodOne() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Files.createDirectories(dir.resolve("aws_configs/222222222222"));
    Run r = Run.of("validate", dir.toString());
    noTrace(r);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("account folder is empty");
  }

  @Test
  void singleFileTakesItsAccountFromOwnerIdAndAsksForTheRegion() throws IOException {
    // As Batfish reads aws_configs/*.json: the account from OwnerId; the region from the data or --region.
    Path f = Run.write(dir, "vpcs.json", Run.VPC_OK);
    Run guessed = Run.of("validate", f.toString(), "--format", "json");
    assertThat(guessed.code()).as(guessed.all()).isZero();
    assertThat(guessed.out()).contains("--region").contains("\"vpcs\" : 1");
    Run ok = Run.of("validate", f.toString(), "--account", "111111111111", "--region", "us-east-1", "--format", "json");
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(ok.out()).doesNotContain("--region");
  }

  @Test
  void missingSource() {
    expectUnreadable(Run.of("validate", dir.resolve("nope").toString()), "nope", "no such file or folder");
  }

  @Test
  void unknownSuppressCode() throws IOException {
    Run.write(region(), "vpcs.json", Run.VPC_OK);
    Run r = Run.of("validate", dir.toString(), "--suppress", "VPC_CIDR_OVERLAPP");
    noTrace(r);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean 'VPC_CIDR_OVERLAP'");
  }

  @Test
  void lzaUnknownKey() throws IOException {
    Path f = Run.write(dir, "network-config.yaml", """
        homeRegion: us-east-1
        vpcs:
          - name: a
            account: Network
            region: us-east-1
            cidr:
              - 10.0.0.0/16
        """);
    // LZA ignores unknown keys, so they are warnings; the VPC then has no CIDR and only it is skipped
    Run r = Run.of("validate", f.toString());
    noTrace(r);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("network-config.yaml:7:").contains("unknown key 'cidr'").contains("did you mean 'cidrs'?")
        .contains("VPC is skipped");
  }

  @Test
  void lzaUnknownTopLevelKey() throws IOException {
    Path f = Run.write(dir, "network-config.yaml", "homeRegion: us-east-1\nvpcs: []\ntransitGateway: []\n");
    Run r = Run.of("validate", f.toString());
    noTrace(r);
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("network-config.yaml:3:").contains("did you mean 'transitGateways'?");
  }

  @Test
  void lzaCidrGarbage() throws IOException {
    Path f = Run.write(dir, "network-config.yaml", """
        vpcs:
          - name: a
            account: Network
            region: us-east-1
            cidrs: [10.0.0.0/33]
        """);
    Run r = Run.of("validate", f.toString());
    noTrace(r);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("network-config.yaml:5:").contains("prefix length").contains("VPC CIDR is skipped");
  }
}
