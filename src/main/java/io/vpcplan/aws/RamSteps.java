package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Want;
import io.vpcplan.generate.OwnershipTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ram.model.ResourceOwner;
import software.amazon.awssdk.services.ram.model.ResourceShareAssociationType;
import software.amazon.awssdk.services.ram.model.ResourceShareStatus;
import software.amazon.awssdk.services.ram.model.Tag;
import software.amazon.awssdk.services.ram.model.TagFilter;

/**
 * RAM: the share of each region's transit gateway to the member accounts (external principals
 * off), principals added as accounts join, and the invitation accepted in a member account where
 * the organisation does not share automatically. RAM takes client tokens, so its calls retry safely.
 */
final class RamSteps {
  private final StepCalls calls;
  private final Waits waits;
  private final VpcSteps vpcs;

  RamSteps(StepCalls calls, Waits waits, VpcSteps vpcs) {
    this.calls = calls;
    this.waits = waits;
    this.vpcs = vpcs;
  }

  private List<String> tgwArns(ApplySession s, Want w) {
    List<String> arns = new ArrayList<>();
    for (String tgw : w.list("resources")) {
      arns.add(s.arn("ec2", "transit-gateway/" + vpcs.idOf(tgw, w.describe())));
    }
    return arns;
  }

  String share(ApplySession s, Change c) {
    Want w = c.want();
    List<String> arns = tgwArns(s, w);
    List<String> principals = w.list("principals");
    return calls.createOnce("ram:CreateResourceShare", () -> calls.call("ram:GetResourceShares", () -> s.ram()
            .getResourceShares(r -> r.resourceOwner(ResourceOwner.SELF).resourceShareStatus(ResourceShareStatus.ACTIVE)
                .tagFilters(TagFilter.builder().tagKey(OwnershipTags.PLAN).tagValues(s.plan()).build(),
                    TagFilter.builder().tagKey(OwnershipTags.ID).tagValues(w.key()).build()))
            .resourceShares().stream().map(x -> x.resourceShareArn()).sorted().findFirst()),
        () -> s.ram().createResourceShare(r -> r.name(w.name()).resourceArns(arns).principals(principals)
            .allowExternalPrincipals(Boolean.parseBoolean(w.prop("allowExternalPrincipals")))
            .tags(ramTags(w.tags())).clientToken(Tokens.of(s.plan(), w.key()))).resourceShare().resourceShareArn());
  }

  /** Adds the principals and resources a share lacks, and the tags it lacks. */
  String updateShare(ApplySession s, Change c) {
    Want w = c.want();
    String arn = c.have().awsId();
    Set<String> principals = new java.util.TreeSet<>(w.list("principals"));
    principals.removeAll(c.have().list("principals"));
    Set<String> resources = new java.util.TreeSet<>(tgwArns(s, w));
    resources.removeAll(c.have().list("resourceArns"));
    if (!principals.isEmpty() || !resources.isEmpty()) {
      calls.run("ram:AssociateResourceShare", () -> s.ram().associateResourceShare(r -> r.resourceShareArn(arn)
          .principals(principals.isEmpty() ? null : List.copyOf(principals))
          .resourceArns(resources.isEmpty() ? null : List.copyOf(resources))
          .clientToken(Tokens.of(s.plan(), w.key() + "/" + principals + resources))));
    }
    calls.run("ram:TagResource", () -> s.ram().tagResource(r -> r.resourceShareArn(arn).tags(ramTags(w.tags()))));
    return arn;
  }

  /** In the member account: accept a pending invitation, then wait until the transit gateway is visible. */
  String accept(ApplySession s, Change c) {
    Want w = c.want();
    String shareArn = vpcs.idOf(w.prop("share"), w.describe());
    String tgw = vpcs.idOf(w.prop("tgw"), w.describe());
    var invitations = calls.call("ram:GetResourceShareInvitations", () -> s.ram().getResourceShareInvitations(
        r -> r.resourceShareArns(shareArn)).resourceShareInvitations());
    for (var inv : invitations) {
      if ("PENDING".equals(inv.statusAsString())) {
        calls.run("ram:AcceptResourceShareInvitation", () -> s.ram().acceptResourceShareInvitation(r -> r
            .resourceShareInvitationArn(inv.resourceShareInvitationArn()).clientToken(Tokens.of(s.plan(), w.key()))));
      }
    }
    waits.until("transit gateway " + w.prop("tgw") + " (" + tgw + ") to be shared into account " + s.account()
        + " (is RAM sharing with AWS Organizations enabled, or is the invitation accepted?)",
        () -> calls.call("ec2:DescribeTransitGateways", () -> s.ec2().describeTransitGateways(r -> r.transitGatewayIds(tgw))
            .transitGateways().stream().map(g -> g.stateAsString()).findFirst().orElse("")),
        Set.of("available"), Set.of());
    return shareArn + "/" + s.account();
  }

  /** The principals of a share as RAM lists them (for the live read). */
  static List<String> principals(ApplySession s, String shareArn) {
    return s.ram().getResourceShareAssociations(r -> r.associationType(ResourceShareAssociationType.PRINCIPAL)
            .resourceShareArns(shareArn)).resourceShareAssociations().stream()
        .filter(a -> Set.of("ASSOCIATED", "ASSOCIATING").contains(a.statusAsString()))
        .map(a -> a.associatedEntity()).sorted().toList();
  }

  static List<String> resources(ApplySession s, String shareArn) {
    return s.ram().getResourceShareAssociations(r -> r.associationType(ResourceShareAssociationType.RESOURCE)
            .resourceShareArns(shareArn)).resourceShareAssociations().stream()
        .filter(a -> Set.of("ASSOCIATED", "ASSOCIATING").contains(a.statusAsString()))
        .map(a -> a.associatedEntity()).sorted().toList();
  }

  static List<Tag> ramTags(Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
  }

}
