package io.vpcplan.aws.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Elastic IPs and public NAT gateways: an address is allocated (tagged on create), a NAT gateway
 * takes one in a subnet and is pending, then available (failed, "Gateway.NotAttached", when the
 * VPC has no internet gateway); deleting it goes through deleting to deleted and frees the
 * address, which is in use until then. EC2's error codes: InvalidAllocationID.NotFound,
 * NatGatewayNotFound, InvalidIPAddress.InUse, Resource.AlreadyAssociated.
 */
final class Nats {
  static final String EIP = "elastic-ip";
  static final String NAT = "natgateway";
  private final State state;

  Nats(State state) {
    this.state = state;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("AllocateAddress", this::allocate);
    h.put("DescribeAddresses", this::addresses);
    h.put("ReleaseAddress", this::release);
    h.put("CreateNatGateway", this::create);
    h.put("DescribeNatGateways", this::describe);
    h.put("DeleteNatGateway", this::delete);
  }

  private String allocate(Query q) {
    if (!q.or("Domain", "vpc").equals("vpc")) throw ApiError.invalid("only Domain vpc is supported");
    Map<String, String> tags = q.tagSpec(EIP);
    Res a = state.add("eipalloc-", EIP, q.account(), q.region());
    a.set("allocation-id", a.id).set("public-ip", "198.51.100." + state.next("public-ip")).set("domain", "vpc");
    a.tags.putAll(tags);
    return new Xml(q.action()).el("publicIp", a.attr("public-ip")).el("allocationId", a.id).el("domain", "vpc").done();
  }

  private Res address(Query q, String id) {
    Res a = state.byId.get(id);
    if (a == null || !a.type.equals(EIP) || !a.account.equals(q.account()) || !a.region.equals(q.region())) {
      throw ApiError.bad("InvalidAllocationID.NotFound", "The allocation ID '" + id + "' does not exist");
    }
    return a;
  }

  /** The live NAT gateway holding the address, or null. */
  private Res holder(Res eip) {
    return state.all(NAT, n -> !Set.of("deleted", "failed").contains(n.state()) && eip.id.equals(n.attr("allocation-id")))
        .stream().findFirst().orElse(null);
  }

  /** Not paginated in EC2: one answer with every address. */
  private String addresses(Query q) {
    Map<String, List<String>> filters = q.filters(Set.of("allocation-id", "public-ip", "domain", "association-id"));
    List<String> ids = q.list("AllocationId");
    List<Res> found = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (String id : ids) found.add(address(q, id));
    } else {
      found.addAll(state.all(EIP, a -> a.account.equals(q.account()) && a.region.equals(q.region())));
    }
    Xml x = new Xml(q.action()).open("addressesSet");
    for (Res a : found) {
      if (!Query.matches(filters, a.tags, n -> Render.values(a, n))) continue;
      Res nat = holder(a);
      x.open("item").el("publicIp", a.attr("public-ip")).el("allocationId", a.id).el("domain", "vpc");
      if (nat != null) x.el("associationId", "eipassoc-" + a.id.substring(9)).el("networkInterfaceId", nat.attr("eni"));
      x.tags(a.tags).close();
    }
    return x.close().done();
  }

  private String release(Query q) {
    Res a = address(q, q.require("AllocationId"));
    if (holder(a) != null) throw ApiError.bad("InvalidIPAddress.InUse", "Address " + a.attr("public-ip") + " is in use.");
    state.remove(a);
    return new Xml(q.action()).el("return", "true").done();
  }

  private String create(Query q) {
    Res subnet = state.owned("subnet", q.require("SubnetId"), q.account(), q.region());
    if (!q.or("ConnectivityType", "public").equals("public")) throw ApiError.invalid("only public NAT gateways are supported");
    Res eip = address(q, q.require("AllocationId"));
    if (holder(eip) != null) {
      throw ApiError.bad("Resource.AlreadyAssociated", "Elastic IP address [" + eip.id + "] is already associated");
    }
    Map<String, String> tags = q.tagSpec(NAT);
    Res n = state.add("nat-", NAT, q.account(), q.region());
    String vpc = subnet.attr("vpc-id");
    n.set("nat-gateway-id", n.id).set("subnet-id", subnet.id).set("vpc-id", vpc).set("allocation-id", eip.id)
        .set("eni", "eni-" + n.id.substring(4));
    n.tags.putAll(tags);
    boolean igw = !state.all("internet-gateway", g -> vpc.equals(g.attr("attachment.vpc-id"))).isEmpty();
    if (!igw) n.set("failure-code", "Gateway.NotAttached").set("failure-message", "Network " + vpc + " has no Internet gateway attached");
    n.lifecycle("pending", igw ? "available" : "failed", state.pendingDescribes, null);
    Xml x = new Xml(q.action()).open("natGateway");
    render(x, n);
    return x.close().el("clientToken", q.get("ClientToken")).done();
  }

  private Res nat(Query q, String id) {
    Res n = state.byId.get(id);
    if (n == null || !n.type.equals(NAT) || !n.account.equals(q.account()) || !n.region.equals(q.region())) {
      throw ApiError.bad("NatGatewayNotFound", "The Nat Gateway " + id + " was not found");
    }
    return n;
  }

  private String describe(Query q) {
    Ec2Reads.page(q);
    Map<String, List<String>> filters = q.filters(Set.of("nat-gateway-id", "state", "subnet-id", "vpc-id"));
    List<String> ids = q.list("NatGatewayId");
    List<Res> found = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (String id : ids) found.add(nat(q, id));
    } else {
      found.addAll(state.all(NAT, n -> n.account.equals(q.account()) && n.region.equals(q.region())));
    }
    Xml x = new Xml(q.action()).open("natGatewaySet");
    for (Res n : found) {
      if (Query.matches(filters, n.tags, f -> Render.values(n, f))) {
        x.open("item");
        render(x, n);
        x.close();
      }
      n.tick();
    }
    return x.close().done();
  }

  private String delete(Query q) {
    Res n = nat(q, q.require("NatGatewayId"));
    if (n.state().equals("deleted")) throw ApiError.bad("NatGatewayNotFound", "The Nat Gateway " + n.id + " was not found");
    n.lifecycle("deleting", "deleted", state.pendingDescribes, null);
    return new Xml(q.action()).el("natGatewayId", n.id).done();
  }

  private void render(Xml x, Res n) {
    Res eip = state.byId.get(n.attr("allocation-id"));
    x.el("createTime", State.TIME).el("natGatewayId", n.id).el("subnetId", n.attr("subnet-id"))
        .el("vpcId", n.attr("vpc-id")).el("state", n.state()).el("connectivityType", "public")
        .el("failureCode", n.attr("failure-code")).el("failureMessage", n.attr("failure-message"))
        .open("natGatewayAddressSet").open("item").el("allocationId", n.attr("allocation-id"))
        .el("networkInterfaceId", n.attr("eni")).el("publicIp", eip == null ? null : eip.attr("public-ip"))
        .el("isPrimary", "true").el("status", "succeeded").close().close().tags(n.tags);
  }
}
