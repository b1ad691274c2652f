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

/** LZA's schema and cross-reference rules accept the samples and catch each class of mistake. */
class LzaCheckerTest {
  static final String SAMPLE = "lza-network-config.yaml";
  @TempDir Path tmp;

  @BeforeEach
  void tool() {
    Tools.require(Tools.Tool.LZA_SCHEMA);
  }

  @Test
  void handWrittenSamplePasses() {
    List<String> problems = LzaChecker.check(Samples.DIR.resolve(SAMPLE));
    assertThat(problems).as(Samples.join(problems)).isEmpty();
  }

  @Test
  void theProjectsOwnLzaSamplePasses() {
    List<String> problems = LzaChecker.check(Path.of("samples/lza/network-config.yaml"));
    assertThat(problems).as(Samples.join(problems)).isEmpty();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      homeRegion: us-east-1 | homeRegion: us-east-1\\nhomeRegoin: x | schema: /: additionalProperties [homeRegoin]
      asn: 64512 | asn: lots | schema: /transitGateways/0/asn: type
      - name: shared\\n | - name: prod\\n | TGW route table name 'prod' is used twice
      - name: attach-a | - name: app-a | subnet name 'app-a' is used twice
      subnets: [attach-a] | subnets: [attach-b] | no subnet in this VPC named 'attach-b'
      routeTableAssociations: [prod] | routeTableAssociations: [prd] | routeTableAssociations: no route table of tgw-use1 named 'prd'
      routeTablePropagations: [prod, shared] | routeTablePropagations: [prod, shard] | no route table of tgw-use1 named 'shard'
      transitGateway: { name: tgw-use1 | transitGateway: { name: tgw-use2 | no transit gateway 'tgw-use2'
      - ipamPoolName: use1-prod | - ipamPoolName: use1-dev | ipamAllocations: no IPAM pool named 'use1-dev'
      sourceIpamPool: use1\\n | sourceIpamPool: use2\\n | sourceIpamPool: no IPAM pool named 'use2'
      provisionedCidrs: [10.16.0.0/14] | provisionedCidrs: [10.48.0.0/14] | 10.48.0.0/14 is not inside its source pool 'use1'
      routeTable: payments-prod-attachment | routeTable: payments-prod-attach | no route table in this VPC named 'payments-prod-attach'
      target: tgw-use1\\n | target: tgw-use1\\n          - name: to-tgw-again\\n            destination: 10.0.0.0/8\\n            type: transitGateway\\n            target: tgw-use1\\n | vpcs[payments-prod].routeTables[payments-prod-workload].routes: two routes to destination 10.0.0.0/8
      blackhole: true\\n | blackhole: true\\n          - destinationCidrBlock: 10.32.0.0/12\\n            blackhole: true\\n | routeTables[prod].routes: two routes to destinationCidrBlock 10.32.0.0/12
      """)
  void brokenConfigsFail(String from, String to, String expected) throws IOException {
    String text = Samples.replace(Samples.read(SAMPLE), CfnCheckerTest.unescape(from), CfnCheckerTest.unescape(to));
    List<String> problems = LzaChecker.check(Files.writeString(tmp.resolve("network-config.yaml"), text));
    assertThat(problems).as(Samples.join(problems)).anyMatch(p -> p.contains(expected));
  }

  /** The negative control's twin: the same destination in another route table is fine. */
  @Test
  void theSameDestinationInAnotherRouteTablePasses() throws IOException {
    String text = Samples.replace(Samples.read(SAMPLE), "      - name: payments-prod-attachment\n        routes: []\n",
        "      - name: payments-prod-attachment\n        routes:\n          - name: to-tgw\n            destination: 10.0.0.0/8\n"
            + "            type: transitGateway\n            target: tgw-use1\n");
    List<String> problems = LzaChecker.check(Files.writeString(tmp.resolve("network-config.yaml"), text));
    assertThat(problems).as(Samples.join(problems)).isEmpty();
  }
}
