package io.vpcplan.aws;

import io.vpcplan.change.Change;
import io.vpcplan.change.Have;
import io.vpcplan.change.Kind;
import java.util.Map;
import java.util.TreeMap;

/** Runs one change against AWS and returns the AWS id it made or found; the dispatcher of the step classes. */
final class Steps {
  private final StepCalls calls = new StepCalls();
  private final VpcSteps vpcs;
  private final TgwSteps tgws;
  private final RamSteps ram;
  private final PeeringSteps peerings;
  private final NatSteps nats;
  private final Deletes deletes;

  Steps(Map<String, String> ids, Waits waits) {
    this.vpcs = new VpcSteps(calls, waits, ids);
    this.tgws = new TgwSteps(calls, waits, vpcs);
    this.ram = new RamSteps(calls, waits, vpcs);
    this.peerings = new PeeringSteps(calls, waits, vpcs);
    this.nats = new NatSteps(calls, waits, vpcs);
    this.deletes = new Deletes(calls, waits, peerings, nats);
  }

  /** The IAM action of the last call made: what a refusal was about. */
  String lastAction() {
    return calls.action();
  }

  String run(ApplySession s, Change c) {
    return switch (c.action()) {
      case CREATE -> create(s, c);
      case UPDATE -> update(s, c);
      case DELETE -> deletes.run(s, c.have());
      default -> throw new IllegalArgumentException("not a change: " + c.action());
    };
  }

  private String create(ApplySession s, Change c) {
    return switch (c.kind()) {
      case TRANSIT_GATEWAY -> tgws.transitGateway(s, c);
      case TGW_ROUTE_TABLE -> tgws.routeTable(s, c);
      case RESOURCE_SHARE -> ram.share(s, c);
      case SHARE_ACCEPT -> ram.accept(s, c);
      case VPC -> vpcs.vpc(s, c);
      case VPC_CIDR -> vpcs.cidr(s, c);
      case SUBNET -> vpcs.subnet(s, c);
      case ROUTE_TABLE -> vpcs.routeTable(s, c);
      case ROUTE_TABLE_ASSOCIATION -> vpcs.association(s, c);
      case INTERNET_GATEWAY -> vpcs.internetGateway(s, c);
      case TGW_VPC_ATTACHMENT -> tgws.vpcAttachment(s, c);
      case TGW_ATTACHMENT_ACCEPT -> tgws.accept(s, c, false);
      case TGW_PEERING -> tgws.peering(s, c);
      case TGW_PEERING_ACCEPT -> tgws.accept(s, c, true);
      case TGW_ASSOCIATION -> tgws.association(s, c);
      case TGW_PROPAGATION -> tgws.propagation(s, c);
      case TGW_ROUTE -> tgws.route(s, c);
      case VPC_PEERING -> peerings.request(s, c);
      case VPC_PEERING_ACCEPT -> peerings.accept(s, c);
      case ELASTIC_IP -> nats.address(s, c);
      case NAT_GATEWAY -> nats.natGateway(s, c);
      case ROUTE -> vpcs.route(s, c);
    };
  }

  /**
   * Tags (only the keys the plan sets; other keys are the owner's), for shares principals and resources, for a
   * subnet's association the planned one of the plan's tables.
   */
  private String update(ApplySession s, Change c) {
    Have h = c.have();
    if (c.kind() == Kind.RESOURCE_SHARE) return ram.updateShare(s, c);
    if (c.kind() == Kind.ROUTE_TABLE_ASSOCIATION) return vpcs.association(s, c); // moves it to the planned table
    Map<String, String> missing = new TreeMap<>();
    c.want().tags().forEach((k, v) -> {
      if (!v.equals(h.tags().get(k))) missing.put(k, v);
    });
    if (!missing.isEmpty()) {
      calls.run("ec2:CreateTags", () -> s.ec2().createTags(r -> r.resources(h.awsId()).tags(ApplySession.tags(missing))));
    }
    return h.awsId();
  }
}
