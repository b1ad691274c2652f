package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.Design;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpnConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For random segments, VPCs in up to three regions and a site reached by a random set of
 * segments over DX and/or VPNs (BGP or static) in random regions, the hub gives every VPC ↔ site
 * pair, both ways, exactly the intent; VPC ↔ VPC stays exact too.
 */
class HybridReachProperties {
  static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};
  static final String SITE = "onprem/dc";

  record Scenario(int segments, boolean[] siteReach, int[] segmentOf, int[] regionOf, boolean dx, int vpnRegions,
      boolean staticVpn, boolean inspection) {
    Network network() {
      Fixtures f = Fixtures.network();
      for (int s = 0; s < segments; s++) f.segment("s" + s);
      for (int i = 0; i < segmentOf.length; i++) {
        f.vpc("acct" + (i % 3), REGIONS[regionOf[i]], "v" + i, "s" + segmentOf[i], "10." + i + ".0.0/16");
      }
      Network n = f.build();
      return n.withHybrid(hybrid(n));
    }

    List<String> reaches() {
      List<String> out = new ArrayList<>();
      for (int s = 0; s < segments; s++) if (siteReach[s]) out.add("s" + s);
      return out;
    }

    private Hybrid hybrid(Network n) {
      List<Cidr> ranges = List.of(Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));
      OnPremSite site = new OnPremSite("dc", ranges, 65010, reaches(), null);
      TreeSet<String> regions = new TreeSet<>();
      for (Vpc v : n.vpcs()) regions.add(v.region());
      List<DxGateway> dxs = new ArrayList<>();
      List<VirtualInterface> vifs = new ArrayList<>();
      if (dx) {
        List<DxGateway.Association> assoc = new ArrayList<>();
        for (String r : regions) {
          List<Cidr> allowed = new ArrayList<>();
          for (Vpc v : n.vpcs()) if (v.region().equals(r) && reaches().contains(v.segment())) allowed.addAll(v.ipv4());
          if (!allowed.isEmpty()) assoc.add(new DxGateway.Association("tgw-" + r, r, Summaries.aggregate(allowed)));
        }
        dxs.add(new DxGateway("dxgw/dc", "", "network", 65500, assoc, null));
        vifs.add(new VirtualInterface("dxvif/dc", "", "network", "us-east-1", "transit", "dxgw/dc", "", 65010, 100, "", 10000, "dc", null));
      }
      List<CustomerGateway> cgws = new ArrayList<>();
      List<VpnConnection> vpns = new ArrayList<>();
      for (int i = 0; i < REGIONS.length; i++) {
        if ((vpnRegions & (1 << i)) == 0 || !regions.contains(REGIONS[i])) continue;
        cgws.add(new CustomerGateway("cgw/" + i, "", "network", REGIONS[i], 65010, "203.0.113." + (i + 1), "dc", null));
        vpns.add(new VpnConnection("vpn/" + i, "", "network", REGIONS[i], "cgw/" + i, "tgw-" + REGIONS[i], "", staticVpn,
            staticVpn ? ranges : List.of(), 2, "dc", null));
      }
      return new Hybrid(List.of(site), cgws, vpns, List.of(), dxs, vifs);
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.integers().between(1, 4).flatMap(k -> Arbitraries.integers().between(1, 10).flatMap(n ->
        Combinators.combine(
            Arbitraries.of(true, false).array(boolean[].class).ofSize(k),
            Arbitraries.integers().between(0, k - 1).array(int[].class).ofSize(n),
            Arbitraries.integers().between(0, 2).array(int[].class).ofSize(n),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false)).as((reach, seg, reg, dx, vpn, st, insp) -> new Scenario(k, reach, seg, reg, dx, vpn, st, insp)))
        .filter(s -> s.dx() || hasVpn(s)));
  }

  private static boolean hasVpn(Scenario s) {
    for (int r : s.regionOf()) if ((s.vpnRegions() & (1 << r)) != 0) return true;
    return false;
  }

  @Property(tries = 200)
  void siteReachEqualsIntent(@ForAll("scenarios") Scenario s) {
    Network planned = s.network();
    Network hub = new HubDesigner().design(planned, new Design.Connectivity("network", 64512, s.inspection())).network();
    ReachReport r = Reachability.analyze(hub);
    assertThat(r.sites()).containsExactly(SITE);
    for (Vpc v : planned.vpcs()) {
      boolean want = s.reaches().contains(v.segment());
      ReachReport.Status st = want ? ReachReport.Status.FULL : ReachReport.Status.NONE;
      assertThat(r.matrix().status(v.id(), SITE)).as(v.id() + " -> site, " + s).isEqualTo(st);
      assertThat(r.matrix().status(SITE, v.id())).as("site -> " + v.id() + ", " + s).isEqualTo(st);
      assertThat(r.matrix().intended(v.id(), SITE)).isEqualTo(want);
    }
    assertThat(r.leakCount()).as(String.valueOf(r.leaks())).isZero();
    assertThat(r.gapCount()).as(String.valueOf(r.gaps())).isZero();
  }
}
