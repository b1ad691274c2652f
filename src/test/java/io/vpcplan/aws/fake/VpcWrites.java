package io.vpcplan.aws.fake;

import io.vpcplan.cidr.Cidr;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** VPCs, CIDR blocks, subnets and internet gateways. Route tables are in {@link RouteWrites}. */
final class VpcWrites {
  private final State state;
  private final Render render;

  VpcWrites(State state, Render render) {
    this.state = state;
    this.render = render;
  }

  void register(Map<String, Function<Query, String>> h) {
    h.put("CreateVpc", this::createVpc);
    h.put("AssociateVpcCidrBlock", this::associateCidr);
    h.put("DeleteVpc", this::deleteVpc);
    h.put("CreateSubnet", this::createSubnet);
    h.put("DeleteSubnet", this::deleteSubnet);
    h.put("CreateInternetGateway", this::createIgw);
    h.put("AttachInternetGateway", this::attachIgw);
    h.put("DetachInternetGateway", this::detachIgw);
    h.put("DeleteInternetGateway", this::deleteIgw);
  }

  private String createVpc(Query q) {
    Cidr cidr = q.cidr("CidrBlock");
    if (!cidr.isV4() || cidr.length() < 16 || cidr.length() > 28) {
      throw ApiError.bad("InvalidVpc.Range", "The CIDR '" + cidr + "' is invalid: a VPC block is /16 to /28.");
    }
    Map<String, String> tags = q.tagSpec("vpc");
    Res vpc = state.add("vpc-", "vpc", q.account(), q.region());
    vpc.set("vpc-id", vpc.id).set("cidr-block", cidr.toString()).set("state", "available")
        .set("is-default", "false").set("instance-tenancy", q.or("InstanceTenancy", "default"));
    vpc.tags.putAll(tags);
    vpc.rows.add(Map.of("associationId", state.nextId("vpc-cidr-assoc-"), "cidrBlock", cidr.toString()));
    if (q.flag("AmazonProvidedIpv6CidrBlock")) addIpv6(vpc);
    // AWS gives every VPC a main route table, untagged.
    Res main = state.add("rtb-", "route-table", q.account(), q.region());
    main.set("route-table-id", main.id).set("vpc-id", vpc.id);
    main.rows2.add(Map.of("associationId", state.nextId("rtbassoc-")));
    Xml x = new Xml(q.action()).open("vpc");
    render.vpc(x, vpc);
    return x.done();
  }

  private Map<String, String> addIpv6(Res vpc) {
    int n = state.next("ipv6");
    String block = "2600:1f10:4000:" + Integer.toHexString(n << 8) + "::/56";
    Map<String, String> row = Map.of("associationId", state.nextId("vpc-cidr-assoc-"), "ipv6CidrBlock", block);
    vpc.rows2.add(row);
    return row;
  }

  private String associateCidr(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    Xml x = new Xml(q.action()).el("vpcId", vpc.id);
    if (q.flag("AmazonProvidedIpv6CidrBlock")) {
      if (!vpc.rows2.isEmpty()) throw ApiError.bad("InvalidVpc.Range", vpc.id + " already has an IPv6 block");
      Map<String, String> row = addIpv6(vpc);
      return x.open("ipv6CidrBlockAssociation").el("associationId", row.get("associationId"))
          .el("ipv6CidrBlock", row.get("ipv6CidrBlock")).open("ipv6CidrBlockState").el("state", "associating")
          .close().el("networkBorderGroup", vpc.region).el("ipv6Pool", "Amazon").close().done();
    }
    Cidr cidr = q.cidr("CidrBlock");
    if (!cidr.isV4() || cidr.length() < 16 || cidr.length() > 28) {
      throw ApiError.bad("InvalidVpc.Range", "The CIDR '" + cidr + "' is invalid: a VPC block is /16 to /28.");
    }
    for (Map<String, String> c : vpc.rows) {
      if (Cidr.parse(c.get("cidrBlock")).overlaps(cidr)) {
        throw ApiError.bad("InvalidVpc.Range", "The CIDR '" + cidr + "' overlaps " + c.get("cidrBlock") + " of " + vpc.id);
      }
    }
    String assoc = state.nextId("vpc-cidr-assoc-");
    vpc.rows.add(Map.of("associationId", assoc, "cidrBlock", cidr.toString()));
    return x.open("cidrBlockAssociation").el("associationId", assoc).el("cidrBlock", cidr)
        .open("cidrBlockState").el("state", "associating").close().close().done();
  }

  private String deleteVpc(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    boolean inUse = !state.all("subnet", s -> vpc.id.equals(s.attr("vpc-id"))).isEmpty()
        || !state.all("internet-gateway", g -> vpc.id.equals(g.attr("attachment.vpc-id"))).isEmpty()
        || !state.all("route-table", t -> vpc.id.equals(t.attr("vpc-id")) && !RouteWrites.isMain(t)).isEmpty()
        || !state.all("transit-gateway-attachment", a -> vpc.id.equals(a.attr("vpc-id")) && a.live()).isEmpty();
    if (inUse) {
      throw ApiError.bad("DependencyViolation", "The vpc '" + vpc.id + "' has dependencies and cannot be deleted.");
    }
    state.all("route-table", t -> vpc.id.equals(t.attr("vpc-id"))).forEach(state::remove);
    state.remove(vpc);
    return new Xml(q.action()).el("return", "true").done();
  }

  private String createSubnet(Query q) {
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    Cidr cidr = q.cidr("CidrBlock");
    String az = q.get("AvailabilityZone");
    String azId = q.get("AvailabilityZoneId");
    if (az == null && azId != null && azId.matches(".*-az[1-6]")) {
      az = q.region() + (char) ('a' + azId.charAt(azId.length() - 1) - '1');
      if (!azId(az).equals(azId)) throw ApiError.invalid("Value (" + azId + ") for parameter availabilityZoneId is invalid");
    }
    if (az == null) az = q.region() + "a";
    if (!az.matches(java.util.regex.Pattern.quote(q.region()) + "[a-f]")) {
      throw ApiError.invalid("Value (" + az + ") for parameter availabilityZone is invalid. Subnets can currently"
          + " only be created in the following availability zones: " + q.region() + "a, " + q.region() + "b, "
          + q.region() + "c.");
    }
    boolean inside = vpc.rows.stream().anyMatch(c -> Cidr.parse(c.get("cidrBlock")).contains(cidr));
    if (!cidr.isV4() || !inside || cidr.length() < 16 || cidr.length() > 28) {
      throw ApiError.bad("InvalidSubnet.Range", "The CIDR '" + cidr + "' is invalid.");
    }
    for (Res s : state.all("subnet", s -> vpc.id.equals(s.attr("vpc-id")))) {
      if (Cidr.parse(s.attr("cidr-block")).overlaps(cidr)) {
        throw ApiError.bad("InvalidSubnet.Conflict", "The CIDR '" + cidr + "' conflicts with another subnet");
      }
    }
    String v6 = q.get("Ipv6CidrBlock");
    if (v6 != null) {
      Cidr c6 = q.cidr("Ipv6CidrBlock");
      boolean in6 = vpc.rows2.stream().anyMatch(c -> Cidr.parse(c.get("ipv6CidrBlock")).contains(c6));
      if (!in6 || c6.length() != 64) throw ApiError.bad("InvalidSubnet.Range", "The IPv6 CIDR '" + v6 + "' is invalid.");
    }
    Map<String, String> tags = q.tagSpec("subnet");
    Res s = state.add("subnet-", "subnet", q.account(), q.region());
    s.set("subnet-id", s.id).set("vpc-id", vpc.id).set("cidr-block", cidr.toString()).set("availability-zone", az)
        .set("availability-zone-id", azId(az)).set("state", "available").set("default-for-az", "false")
        .set("available-ip-address-count", String.valueOf(cidr.size4() - 5));
    if (v6 != null) s.set("ipv6-cidr-block", v6).set("ipv6-association-id", state.nextId("subnet-cidr-assoc-"));
    s.tags.putAll(tags);
    Xml x = new Xml(q.action()).open("subnet");
    render.subnet(x, s);
    return x.done();
  }

  /** us-east-1b → use1-az2. */
  static String azId(String az) {
    String[] parts = az.substring(0, az.length() - 1).split("-");
    StringBuilder abbr = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length - 1; i++) abbr.append(parts[i].charAt(0));
    return abbr.append(parts[parts.length - 1]).append("-az").append(az.charAt(az.length() - 1) - 'a' + 1).toString();
  }

  private String deleteSubnet(Query q) {
    Res s = state.owned("subnet", q.require("SubnetId"), q.account(), q.region());
    if (!state.all("transit-gateway-attachment", a -> a.live() && a.ids.contains(s.id)).isEmpty()
        || !state.all(Nats.NAT, n -> n.live() && s.id.equals(n.attr("subnet-id"))).isEmpty()) {
      throw ApiError.bad("DependencyViolation", "The subnet '" + s.id + "' has dependencies and cannot be deleted.");
    }
    for (Res t : state.all("route-table")) t.rows2.removeIf(a -> s.id.equals(a.get("subnetId")));
    state.remove(s);
    return new Xml(q.action()).el("return", "true").done();
  }

  private String createIgw(Query q) {
    Map<String, String> tags = q.tagSpec("internet-gateway");
    Res g = state.add("igw-", "internet-gateway", q.account(), q.region());
    g.set("internet-gateway-id", g.id).tags.putAll(tags);
    Xml x = new Xml(q.action()).open("internetGateway");
    render.igw(x, g);
    return x.done();
  }

  private String attachIgw(Query q) {
    Res g = state.owned("internet-gateway", q.require("InternetGatewayId"), q.account(), q.region());
    Res vpc = state.owned("vpc", q.require("VpcId"), q.account(), q.region());
    if (g.attr("attachment.vpc-id") != null) {
      throw ApiError.bad("Resource.AlreadyAssociated", "resource " + g.id + " is already attached to network "
          + g.attr("attachment.vpc-id"));
    }
    if (!state.all("internet-gateway", o -> vpc.id.equals(o.attr("attachment.vpc-id"))).isEmpty()) {
      throw ApiError.bad("Resource.AlreadyAssociated", "network " + vpc.id + " already has an internet gateway attached");
    }
    g.set("attachment.vpc-id", vpc.id).set("attachment.state", "available");
    return new Xml(q.action()).el("return", "true").done();
  }

  private String detachIgw(Query q) {
    Res g = state.owned("internet-gateway", q.require("InternetGatewayId"), q.account(), q.region());
    String vpc = q.require("VpcId");
    if (!vpc.equals(g.attr("attachment.vpc-id"))) {
      throw ApiError.bad("Gateway.NotAttached", "resource " + g.id + " is not attached to network " + vpc);
    }
    g.set("attachment.vpc-id", null).set("attachment.state", null);
    return new Xml(q.action()).el("return", "true").done();
  }

  private String deleteIgw(Query q) {
    Res g = state.owned("internet-gateway", q.require("InternetGatewayId"), q.account(), q.region());
    if (g.attr("attachment.vpc-id") != null) {
      throw ApiError.bad("DependencyViolation", "The internetGateway '" + g.id + "' has dependencies and cannot be deleted.");
    }
    state.remove(g);
    return new Xml(q.action()).el("return", "true").done();
  }

  static Map<String, String> row(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
    return m;
  }
}
