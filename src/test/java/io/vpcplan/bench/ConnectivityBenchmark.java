package io.vpcplan.bench;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.model.Design;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Segment;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.HubDesigner;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * `compare` (all four designs: build or count, quotas, cost, recommendation, PrivateLink,
 * crossover) plus the full reachability matrix of the hub, for 5,000 VPCs in 20 segments across
 * 3 regions, laid out as the planner does (region block → segment block → VPC /22), each segment
 * reaching the next one and segment s00 (shared), 100 intents with traffic.
 * Run: see docs/PERFORMANCE.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ConnectivityBenchmark {
  static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2"};

  Network network;
  Network hub;
  List<Flow> flows;

  public static Network estate(int vpcs, int segments) {
    List<Segment> segs = new ArrayList<>();
    for (int s = 0; s < segments; s++) segs.add(new Segment(seg(s), List.of(seg(0), seg((s + 1) % segments))));
    List<Vpc> out = new ArrayList<>();
    int[][] used = new int[REGIONS.length][segments];
    for (int i = 0; i < vpcs; i++) {
      int r = i % REGIONS.length;
      int s = (i / REGIONS.length) % segments;
      int j = used[r][s]++;
      long base = (10L << 24) | ((long) r << 22) | ((long) s << 17) | ((long) j << 10);
      Cidr block = Cidr.v4(base, 22);
      String id = "acct" + (i % 50) + "/" + REGIONS[r] + "/vpc" + i;
      List<Subnet> subnets = new ArrayList<>();
      for (int a = 0; a < 2; a++) {
        String az = REGIONS[r] + (char) ('a' + a);
        subnets.add(new Subnet(id + "/app-" + az, "app-" + az, "app", az, block.subnet(24, a), Purpose.WORKLOAD, false, null));
        subnets.add(new Subnet(id + "/tgw-" + az, "tgw-" + az, "tgw-attach", az, block.subnet(28, 63 - a), Purpose.TGW_ATTACHMENT, false, null));
      }
      out.add(new Vpc(null, "vpc" + i, "acct" + (i % 50), REGIONS[r], seg(s), List.of(block), subnets, List.of(), Origin.PLANNED, null));
    }
    List<Intent> intents = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      Vpc a = out.get((k * 37) % vpcs);
      Vpc b = out.get((k * 37 + REGIONS.length) % vpcs); // same region, next segment: routed
      if (a != b) intents.add(new Intent(a.id(), b.id(), "svc", "tcp", 443, 50 + k * 10, false, null));
    }
    return new Network(List.of(), out, List.of(), List.of(), List.of(), List.of(), List.of(), segs, intents);
  }

  private static String seg(int s) {
    return String.format("s%02d", s);
  }

  @Setup
  public void setup() {
    network = estate(5000, 20);
    flows = Flow.fromIntents(network);
    hub = new HubDesigner().design(network, Design.Connectivity.DEFAULT).network();
  }

  /** The speed target: compare plus the full reachability matrix of the hub design. */
  @Benchmark
  public Object compareAndReach() {
    Comparison.Report r = Comparison.compare(network, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
    Network built = r.designs().stream().filter(d -> d.name().equals("tgw-hub")).findFirst().orElseThrow().design().network();
    ReachReport m = Reachability.analyze(built);
    return new Object[] {r, m};
  }

  @Benchmark
  public Object compareOnly() {
    return Comparison.compare(network, Design.Connectivity.DEFAULT, AwsFacts.defaults(), flows);
  }

  @Benchmark
  public Object reachOnly() {
    return Reachability.analyze(hub);
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(ConnectivityBenchmark.class.getSimpleName()).build()).run();
  }
}
