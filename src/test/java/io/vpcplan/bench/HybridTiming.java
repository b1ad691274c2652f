package io.vpcplan.bench;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.Design;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Hybrid;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.util.ArrayList;
import java.util.List;

/**
 * compare + reach on the 5,000-VPC benchmark estate without and with two on-premises sites (one
 * over DX in every region, one over a VPN in one region), alternating, wall clock per run.
 */
public final class HybridTiming {
  public static Network withSites(Network n) {
    List<OnPremSite> sites = List.of(
        new OnPremSite("dc1", List.of(Cidr.parse("172.16.0.0/12")), 65010, List.of("s00", "s01", "s02", "s03", "s04"), null),
        new OnPremSite("dc2", List.of(Cidr.parse("192.168.0.0/16")), 65020, List.of("s05", "s06"), null));
    List<DxGateway.Association> assoc = new ArrayList<>();
    for (String r : ConnectivityBenchmark.REGIONS) assoc.add(new DxGateway.Association("tgw-" + r, r, List.of(Cidr.parse("10.0.0.0/8"))));
    DxGateway dx = new DxGateway("dxgw/dc1", "", "network", 65500, assoc, null);
    VirtualInterface vif = new VirtualInterface("dxvif/dc1", "", "network", "us-east-1", "transit", "dxgw/dc1", "", 65010, 100, "", 10000, "dc1", null);
    CustomerGateway cgw = new CustomerGateway("cgw/dc2", "", "network", "eu-west-1", 65020, "203.0.113.20", "dc2", null);
    VpnConnection vpn = new VpnConnection("vpn/dc2", "", "network", "eu-west-1", "cgw/dc2", "tgw-eu-west-1", "", false, List.of(), 2, "dc2", null);
    return n.withHybrid(new Hybrid(sites, List.of(cgw), List.of(vpn), List.of(), List.of(dx), List.of(vif)));
  }

  public static void main(String[] args) {
    Network plain = ConnectivityBenchmark.estate(5000, 20);
    Network sites = withSites(plain);
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    for (int i = 0; i < reps; i++) {
      for (Network n : List.of(plain, sites)) {
        long t0 = System.nanoTime();
        Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), Flow.fromIntents(n));
        Network hub = r.designs().stream().filter(d -> d.name().equals("tgw-hub")).findFirst().orElseThrow().design().network();
        long t1 = System.nanoTime();
        ReachReport m = Reachability.analyze(hub);
        long t2 = System.nanoTime();
        int k = n == plain ? 0 : 1;
        best[k] = Math.min(best[k], t2 - t0);
        System.out.printf("run %d %-6s: compare %d ms, reach %d ms, total %d ms (pairs %d, leaks %d, gaps %d)%n", i,
            n == plain ? "plain" : "sites", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000, m.pairs(),
            m.leakCount(), m.gapCount());
      }
    }
    System.out.printf("best total: plain %d ms, sites %d ms, ratio %.2f%n", best[0] / 1_000_000, best[1] / 1_000_000,
        (double) best[1] / best[0]);
  }
}
