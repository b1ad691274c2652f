package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.tags;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.LiveConfig;
import io.vpcplan.aws.LiveSnapshot;
import io.vpcplan.aws.RetrySettings;
import io.vpcplan.aws.SnapshotResult;
import io.vpcplan.inventory.AwsConfigs;
import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ram.RamClient;

/** The existing read path (LiveSnapshot, then the describe-* importer) against what FakeCloud built. */
class FakeCloudSnapshotTest {
  static final String NET = FakeCloud.CALLER;
  static final String APP = "222222222222";
  static final String E1 = "us-east-1";

  @TempDir Path out;

  /** A VPC with two subnets attached to the TGW; returns the attachment id. */
  private static String attachedVpc(Ec2Client ec2, String tgw, String prefix, String id) {
    String[] v = FakeCloudTgwTest.vpc(ec2, prefix, id);
    return ec2.createTransitGatewayVpcAttachment(r -> r.transitGatewayId(tgw).vpcId(v[0]).subnetIds(v[1], v[2])
        .tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ATTACHMENT, "att." + id))).transitGatewayVpcAttachment()
        .transitGatewayAttachmentId();
  }

  @Test
  void aSnapshotOfTwoAccountsSeesTheVpcsSubnetsTgwAndAttachmentsWithTheirTags() throws IOException {
    try (FakeCloud cloud = new FakeCloud().pendingDescribes(0); FakeClients clients = new FakeClients(cloud, 1)) {
      Ec2Client net = clients.ec2(NET, E1);
      var tgw = FakeCloudTgwTest.tgw(net, "tgw.use1");
      String rt = net.createTransitGatewayRouteTable(r -> r.transitGatewayId(tgw.transitGatewayId())
          .tagSpecifications(tags(ResourceType.TRANSIT_GATEWAY_ROUTE_TABLE, "rt.main"))).transitGatewayRouteTable()
          .transitGatewayRouteTableId();
      try (RamClient ram = clients.ram(NET, E1)) {
        ram.createResourceShare(r -> r.name("tgw").resourceArns(tgw.transitGatewayArn()).principals(APP));
      }
      String hubAtt = attachedVpc(net, tgw.transitGatewayId(), "10.0", "vpc.hub");
      String appAtt = attachedVpc(clients.ec2(APP, E1), tgw.transitGatewayId(), "10.1", "vpc.app");
      net.acceptTransitGatewayVpcAttachment(r -> r.transitGatewayAttachmentId(appAtt));
      for (String att : List.of(hubAtt, appAtt)) {
        net.associateTransitGatewayRouteTable(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
        net.enableTransitGatewayRouteTablePropagation(r -> r.transitGatewayRouteTableId(rt).transitGatewayAttachmentId(att));
      }

      LiveConfig config = LiveConfig.of(List.of(E1))
          .withCredentials(FakeClients.credentials(NET))
          .withEndpoints(cloud.endpoint(), null)
          .withRetry(RetrySettings.fast(2))
          .withParallelism(2)
          .withAccounts(List.of(NET, APP), "OrganizationAccountAccessRole");
      SnapshotResult result = new LiveSnapshot(config, null).run(out);
      assertThat(result.allOk()).as("%s", result.outcomes()).isTrue();
      Path appDir = out.resolve("aws_configs").resolve(APP).resolve(E1);
      assertThat(Files.readString(appDir.resolve("vpcs.json"))).contains("vpc.app").doesNotContain("vpc.hub");
      assertThat(Files.readString(appDir.resolve("transit-gateways.json"))).contains(tgw.transitGatewayId())
          .contains("\"OwnerId\": \"" + NET + "\"");

      Network n = AwsConfigs.readDirectory(out).network();
      // The describe-* importer keeps only Name of a VPC's tags today, so the tags are checked in the JSON.
      assertThat(Files.readString(appDir.resolve("subnets.json"))).contains("\"Value\": \"vpc.app.a\"");
      assertThat(Files.readString(out.resolve("aws_configs").resolve(NET).resolve(E1)
          .resolve("transit-gateway-attachments.json"))).contains("att.vpc.app").contains("att.vpc.hub");
      assertThat(n.vpcs()).extracting(Vpc::account, v -> v.cidrs().toString())
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(NET, "[10.0.0.0/16]"),
              org.assertj.core.groups.Tuple.tuple(APP, "[10.1.0.0/16]"));
      assertThat(n.vpcs()).allSatisfy(v -> assertThat(v.subnets()).hasSize(2));
      TransitGateway t = n.transitGateways().stream().filter(g -> g.id().equals(tgw.transitGatewayId())).findFirst()
          .orElseThrow();
      assertThat(t.account()).isEqualTo(NET);
      assertThat(t.attachments()).extracting(a -> a.id()).contains(hubAtt, appAtt);
      assertThat(t.routeTables()).singleElement().satisfies(table -> {
        assertThat(table.associations()).containsExactlyInAnyOrder(hubAtt, appAtt);
        assertThat(table.propagations()).containsExactlyInAnyOrder(hubAtt, appAtt);
      });
      assertThat(cloud.requests()).extracting(FakeCloud.Request::action).contains("AssumeRole");
    }
  }
}
