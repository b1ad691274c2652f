package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.NetworkFirewall;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Route;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.RouteTarget;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcGateways;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class InspectionVpcsTest {
  private static final Cidr ANY = Cidr.parse("0.0.0.0/0");
  private static final List<Cidr> SUMMARIES = List.of(Cidr.parse("10.0.0.0/12"), Cidr.parse("10.64.0.0/12"));

  /** A spoke with a subnet in each of {@code azs} AZs, so the inspection VPC spans them too. */
  private static Vpc spoke(int azs) {
    List<Subnet> subnets = new ArrayList<>();
    Cidr block = Cidr.parse("10.0.0.0/16");
    for (int i = 0; i < azs; i++) {
      String az = "us-east-1" + (char) ('a' + i);
      subnets.add(new Subnet("a/us-east-1/s/app-" + az, "app-" + az, "app", az, block.subnet(24, i), Purpose.WORKLOAD, false, null));
    }
    return new Vpc(null, "s", "a", "us-east-1", "prod", List.of(block), subnets, List.of(), Origin.PLANNED, null);
  }

  private static Route defaultRoute(RouteTable t) {
    return t.routes().stream().filter(r -> r.destination().equals(ANY)).findFirst().orElse(null);
  }

  private static RouteTable tableOf(Vpc v, Subnet s) {
    return v.routeTables().stream().filter(t -> t.subnetIds().contains(s.key())).findFirst().orElseThrow();
  }

  @Property(tries = 60)
  void eachAzForwardsThroughItsOwnEndpointAndSubnetsFit(@ForAll @IntRange(min = 1, max = 6) int azs,
      @ForAll @IntRange(min = 0, max = 3) int earlier) {
    List<Vpc> taken = new ArrayList<>(List.of(spoke(azs)));
    for (int i = 0; i < earlier; i++) taken.add(InspectionVpcs.create("eu-west-" + (i + 1), "net", taken, SUMMARIES, NatGateways.PER_AZ));
    Vpc v = InspectionVpcs.create("us-east-1", "net", taken, SUMMARIES, NatGateways.PER_AZ);
    Cidr block = v.cidrs().get(0);
    assertThat(block.length()).isEqualTo(3 * azs <= 16 ? 24 : 23);
    for (Vpc other : taken) for (Cidr c : other.cidrs()) assertThat(c.overlaps(block)).isFalse();
    assertThat(v.subnets()).hasSize(3 * azs);
    for (Subnet s : v.subnets()) {
      assertThat(block.contains(s.cidr())).isTrue();
      for (Subnet o : v.subnets()) if (o != s) assertThat(o.cidr().overlaps(s.cidr())).as(s.key() + " / " + o.key()).isFalse();
    }
    NetworkFirewall fw = NetworkFirewall.of(v).orElseThrow();
    assertThat(fw.subnets()).hasSize(azs);
    assertThat(fw.home()).containsExactlyElementsOf(SUMMARIES);
    for (Subnet s : v.subnets()) {
      RouteTable t = tableOf(v, s);
      Route d = defaultRoute(t);
      switch (s.tier()) {
        case "tgw-attach" -> assertThat(fw.endpointSubnet(d).az()).isEqualTo(s.az());
        case "firewall" -> {
          assertThat(d.targetType()).isEqualTo(RouteTarget.NAT_GATEWAY);
          assertThat(d.target()).isEqualTo("nat/" + v.id() + "/" + s.az());
          assertThat(t.routes()).filteredOn(r -> r.targetType() == RouteTarget.TRANSIT_GATEWAY)
              .extracting(Route::destination).containsExactlyElementsOf(SUMMARIES);
        }
        case "public" -> {
          assertThat(d.targetType()).isEqualTo(RouteTarget.INTERNET_GATEWAY);
          // replies to the organisation go back through the same AZ's endpoint: the firewall sees both directions
          assertThat(t.routes()).filteredOn(r -> SUMMARIES.contains(r.destination()))
              .allSatisfy(r -> assertThat(fw.endpointSubnet(r).az()).isEqualTo(s.az()));
        }
        default -> throw new AssertionError("unexpected tier " + s.tier());
      }
    }
  }

  @Test
  void deployedGatewaysMatchTheRoutes() {
    Vpc v = InspectionVpcs.create("us-east-1", "net", List.of(spoke(3)), SUMMARIES, NatGateways.PER_AZ);
    VpcGateways gw = VpcGateways.of(v, NatGateways.PER_AZ);
    assertThat(gw.internetGateway()).isEqualTo("igw/" + v.id());
    assertThat(gw.natGateways()).extracting(VpcGateways.NatGateway::id)
        .containsExactly("nat/" + v.id() + "/us-east-1a", "nat/" + v.id() + "/us-east-1b", "nat/" + v.id() + "/us-east-1c");
    // the plan's tables are deployed as they are: nothing split off, no route added
    assertThat(gw.routeTables()).containsExactlyElementsOf(v.routeTables());
  }

  @Test
  void singleNatSendsEveryAzToTheFirstAndNoneLeavesNoDefault() {
    Vpc single = InspectionVpcs.create("us-east-1", "net", List.of(spoke(3)), SUMMARIES, NatGateways.SINGLE);
    Vpc none = InspectionVpcs.create("us-east-1", "net", List.of(spoke(3)), SUMMARIES, NatGateways.NONE);
    for (Subnet s : single.subnets()) {
      if (s.tier().equals("firewall")) assertThat(defaultRoute(tableOf(single, s)).target()).isEqualTo("nat/" + single.id() + "/us-east-1a");
    }
    for (Subnet s : none.subnets()) if (s.tier().equals("firewall")) assertThat(defaultRoute(tableOf(none, s))).isNull();
  }

  @Test
  void hubAttachesTheInspectionVpcInApplianceModeFromItsAttachmentSubnets() {
    var n = new HubDesigner().design(HubDesignerTest.segmented(), new Design.Connectivity("network", 64512, true)).network();
    Vpc insp = n.vpc("network/us-east-1/inspection").orElseThrow();
    var att = n.transitGateways().stream().flatMap(t -> t.attachments().stream()).filter(a -> a.resourceId().equals(insp.id()))
        .findFirst().orElseThrow();
    assertThat(att.applianceMode()).isTrue();
    assertThat(att.subnetIds()).containsExactlyElementsOf(
        insp.subnets().stream().filter(s -> s.purpose() == Purpose.TGW_ATTACHMENT).map(Subnet::key).toList());
  }
}
