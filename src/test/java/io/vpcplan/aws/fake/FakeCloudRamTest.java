package io.vpcplan.aws.fake;

import static io.vpcplan.aws.fake.FakeCloudTest.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ram.RamClient;
import software.amazon.awssdk.services.ram.model.ResourceOwner;
import software.amazon.awssdk.services.ram.model.ResourceShare;
import software.amazon.awssdk.services.ram.model.Tag;
import software.amazon.awssdk.services.ram.model.TagFilter;

/** RAM through the real RamClient: paths, idempotency, tag filters, associations, OU principals. */
class FakeCloudRamTest {
  static final String NET = FakeCloud.CALLER;
  static final String E1 = "us-east-1";
  static final String OU = "arn:aws:organizations::111111111111:ou/o-abc123/ou-ab12-workload";
  FakeCloud cloud;
  FakeClients clients;
  RamClient ram;
  String tgwArn;

  @BeforeEach
  void start() throws IOException {
    cloud = new FakeCloud().pendingDescribes(0);
    clients = new FakeClients(cloud, 1);
    ram = clients.ram(NET, E1);
    tgwArn = FakeCloudTgwTest.tgw(clients.ec2(NET, E1), "tgw.use1").transitGatewayArn();
  }

  @AfterEach
  void stop() {
    clients.close();
    cloud.close();
  }

  private ResourceShare share(String name, String token, String... principals) {
    return ram.createResourceShare(r -> r.name(name).resourceArns(tgwArn).principals(principals).clientToken(token)
        .allowExternalPrincipals(false).tags(Tag.builder().key("vpcplan:plan").value("acme").build(),
            Tag.builder().key("vpcplan:id").value(name).build())).resourceShare();
  }

  @Test
  void sharesAreIdempotentByTokenAndFoundByTag() {
    ResourceShare s = share("share.tgw", "tok-1", OU);
    assertThat(s.resourceShareArn()).startsWith("arn:aws:ram:us-east-1:111111111111:resource-share/");
    assertThat(share("share.tgw", "tok-1", OU).resourceShareArn()).isEqualTo(s.resourceShareArn());
    share("share.other", "tok-2", "333333333333");
    assertThat(cloud.count("resource-share")).isEqualTo(2);

    var found = ram.getResourceShares(r -> r.resourceOwner(ResourceOwner.SELF)
        .tagFilters(TagFilter.builder().tagKey("vpcplan:id").tagValues("share.tgw").build())).resourceShares();
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.resourceShareArn()).isEqualTo(s.resourceShareArn());
      assertThat(f.statusAsString()).isEqualTo("ACTIVE");
      assertThat(f.allowExternalPrincipals()).isFalse();
      assertThat(f.tags()).hasSize(2);
    });
    assertThat(ram.getResourceShares(r -> r.resourceOwner(ResourceOwner.SELF)
        .tagFilters(TagFilter.builder().tagKey("vpcplan:id").tagValues("nope").build())).resourceShares()).isEmpty();

    var principals = ram.getResourceShareAssociations(r -> r.associationType("PRINCIPAL")
        .resourceShareArns(s.resourceShareArn())).resourceShareAssociations();
    assertThat(principals).singleElement().satisfies(a -> {
      assertThat(a.associatedEntity()).isEqualTo(OU);
      assertThat(a.statusAsString()).isEqualTo("ASSOCIATED");
    });
    var resources = ram.getResourceShareAssociations(r -> r.associationType("RESOURCE")).resourceShareAssociations();
    assertThat(resources).extracting(a -> a.associatedEntity()).containsExactly(tgwArn, tgwArn);
    assertThatThrownBy(() -> ram.getResourceShares(r -> r.resourceOwner("NOBODY")))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidParameterException"));
  }

  @Test
  void anOuPrincipalShowsTheTgwToEveryAccountWithoutInvitations() {
    ResourceShare s = share("share.tgw", null, OU);
    for (String account : new String[] {"222222222222", "444444444444"}) {
      Ec2Client ec2 = clients.ec2(account, E1);
      assertThat(ec2.describeTransitGateways().transitGateways()).singleElement()
          .satisfies(t -> assertThat(t.ownerId()).isEqualTo(NET));
      assertThat(clients.ec2(account, "eu-west-1").describeTransitGateways().transitGateways()).isEmpty();
      try (RamClient theirs = clients.ram(account, E1)) {
        assertThat(theirs.getResourceShares(r -> r.resourceOwner(ResourceOwner.OTHER_ACCOUNTS)).resourceShares())
            .extracting(ResourceShare::resourceShareArn).containsExactly(s.resourceShareArn());
        assertThat(theirs.getResourceShareInvitations(r -> r.maxResults(10)).resourceShareInvitations()).isEmpty();
      }
    }
  }

  @Test
  void principalsComeAndGoAndADeletedShareHidesTheTgw() {
    ResourceShare s = share("share.tgw", null);
    Ec2Client app = clients.ec2("222222222222", E1);
    assertThat(app.describeTransitGateways().transitGateways()).isEmpty();
    ram.associateResourceShare(r -> r.resourceShareArn(s.resourceShareArn()).principals("222222222222"));
    assertThat(app.describeTransitGateways().transitGateways()).hasSize(1);
    ram.disassociateResourceShare(r -> r.resourceShareArn(s.resourceShareArn()).principals("222222222222"));
    assertThat(app.describeTransitGateways().transitGateways()).isEmpty();
    ram.associateResourceShare(r -> r.resourceShareArn(s.resourceShareArn()).principals("222222222222"));
    ram.tagResource(r -> r.resourceShareArn(s.resourceShareArn()).tags(Tag.builder().key("Name").value("tgw").build()));
    assertThat(cloud.resources(NET, E1, "resource-share").get(0).tags()).containsEntry("Name", "tgw");
    ram.deleteResourceShare(r -> r.resourceShareArn(s.resourceShareArn()));
    assertThat(app.describeTransitGateways().transitGateways()).isEmpty();
    assertThat(cloud.count("resource-share")).isZero();
    assertThat(cloud.requests()).filteredOn(q -> q.action().equals("DeleteResourceShare")).singleElement()
        .satisfies(q -> assertThat(q.params()).containsEntry("resourceShareArn", s.resourceShareArn()));
    assertThatThrownBy(() -> ram.associateResourceShare(r -> r.resourceShareArn("arn:aws:ram:us-east-1:111111111111:resource-share/x")
        .principals("222222222222"))).satisfies(e -> assertThat(code(e)).isEqualTo("UnknownResourceException"));
    assertThatThrownBy(() -> share("self", null, NET))
        .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidParameterException"));
  }

  @Test
  void anInvitationIsAcceptedOnceByItsReceiver() {
    cloud.orgSharing(false);
    share("share.tgw", null, "222222222222");
    try (RamClient app = clients.ram("222222222222", E1); RamClient other = clients.ram("333333333333", E1)) {
      String inv = app.getResourceShareInvitations(r -> r.maxResults(10)).resourceShareInvitations().get(0)
          .resourceShareInvitationArn();
      assertThatThrownBy(() -> other.acceptResourceShareInvitation(r -> r.resourceShareInvitationArn(inv)))
          .satisfies(e -> assertThat(code(e)).isEqualTo("ResourceShareInvitationArnNotFoundException"));
      assertThat(app.acceptResourceShareInvitation(r -> r.resourceShareInvitationArn(inv)).resourceShareInvitation()
          .statusAsString()).isEqualTo("ACCEPTED");
      assertThatThrownBy(() -> app.acceptResourceShareInvitation(r -> r.resourceShareInvitationArn(inv)))
          .satisfies(e -> assertThat(code(e)).isEqualTo("ResourceShareInvitationAlreadyAcceptedException"));
      assertThat(ram.getResourceShareAssociations(r -> r.associationType("PRINCIPAL")).resourceShareAssociations()
          .get(0).statusAsString()).isEqualTo("ASSOCIATED");
    }
  }
}
