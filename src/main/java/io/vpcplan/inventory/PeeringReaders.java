package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonParser;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Elements of describe-vpc-peering-connections, -vpc-endpoints, -vpc-endpoint-service-configurations. */
final class PeeringReaders {
  private PeeringReaders() {}

  /** Only active peerings count; each side keeps the CIDRs the peering reports for it. */
  static void peering(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[2]; // id, status
    Parsed.PeerSide[] side = new Parsed.PeerSide[2];
    Jp.element(p, e, f -> {
      switch (f) {
        case "VpcPeeringConnectionId" -> s[0] = e.str(p, f);
        case "Status" -> s[1] = Jp.state(p, e, f, "Code");
        case "RequesterVpcInfo" -> side[0] = side(p, e, f);
        case "AccepterVpcInfo" -> side[1] = side(p, e, f);
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("VpcPeeringConnectionId");
    if (side[0] == null || side[0].vpcId() == null) e.missing("RequesterVpcInfo.VpcId");
    if (side[1] == null || side[1].vpcId() == null) e.missing("AccepterVpcInfo.VpcId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (Jp.is(s[1], "active")) out.peerings.add(new Parsed.RawPeering(s[0], side[0], side[1], e.ctx, e.at));
  }

  private static Parsed.PeerSide side(JsonParser p, Elem e, String field) throws IOException {
    String[] s = new String[3]; // vpc, owner, region
    List<Cidr> cidrs = new ArrayList<>();
    Jp.object(p, e, field, f -> {
      String at = field + "." + f;
      switch (f) {
        case "VpcId" -> s[0] = e.str(p, at);
        case "OwnerId" -> s[1] = e.str(p, at);
        case "Region" -> s[2] = e.str(p, at);
        case "CidrBlock" -> addCidr(cidrs, e.cidr(p, at));
        case "CidrBlockSet", "Ipv6CidrBlockSet" -> Jp.array(p, e, at, i -> Jp.object(p, e, at, c -> {
          if (c.equals("CidrBlock") || c.equals("Ipv6CidrBlock")) addCidr(cidrs, e.cidr(p, at + "[" + i + "]." + c));
          else p.skipChildren();
        }));
        default -> p.skipChildren();
      }
    });
    return new Parsed.PeerSide(s[0], s[1], s[2], cidrs);
  }

  private static void addCidr(List<Cidr> cidrs, Cidr c) {
    if (c != null && !cidrs.contains(c)) cidrs.add(c);
  }

  /**
   * Interface endpoints (what PrivateLink connectivity is made of) and Gateway Load Balancer
   * endpoints (route targets); gateway endpoints are reached through prefix lists, not CIDRs.
   */
  static void endpoint(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[5]; // id, vpc, service, type, state
    List<String> subnets = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (f) {
        case "VpcEndpointId" -> s[0] = e.str(p, f);
        case "VpcId" -> s[1] = e.str(p, f);
        case "ServiceName" -> s[2] = e.str(p, f);
        case "VpcEndpointType" -> s[3] = e.str(p, f);
        case "State" -> s[4] = e.str(p, f);
        case "SubnetIds" -> Jp.array(p, e, f, i -> {
          String id = e.str(p, "SubnetIds[" + i + "]");
          if (id != null) subnets.add(id);
        });
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("VpcEndpointId");
    if (s[1] == null) e.missing("VpcId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (Jp.is(s[4], "available") && (s[3] == null || s[3].equalsIgnoreCase("Interface")
        || s[3].equalsIgnoreCase("GatewayLoadBalancer"))) {
      out.endpoints.add(new Endpoint(s[0], s[1], s[2], subnets, e.at));
    }
  }

  static void service(JsonParser p, Elem e, Parsed out) throws IOException {
    String[] s = new String[3]; // id, name, state
    List<String> azs = new ArrayList<>();
    Jp.element(p, e, f -> {
      switch (f) {
        case "ServiceId" -> s[0] = e.str(p, f);
        case "ServiceName" -> s[1] = e.str(p, f);
        case "ServiceState" -> s[2] = e.str(p, f);
        case "AvailabilityZones" -> Jp.array(p, e, f, i -> {
          String az = e.str(p, "AvailabilityZones[" + i + "]");
          if (az != null) azs.add(az);
        });
        default -> p.skipChildren();
      }
    });
    if (s[0] == null) e.missing("ServiceId");
    if (!e.ok()) {
      out.findings.add(e.finding(s[0]));
      return;
    }
    if (Jp.is(s[2], "available")) out.services.add(new EndpointService(s[0], s[1], "", azs, List.of()));
  }
}
