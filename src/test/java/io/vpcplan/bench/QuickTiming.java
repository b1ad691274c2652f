package io.vpcplan.bench;

import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.model.Design;
import io.vpcplan.model.Network;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;

/** A quick wall-clock check of the benchmark workload without JMH (cold and warm runs). */
public final class QuickTiming {
  public static void main(String[] args) {
    Network n = ConnectivityBenchmark.estate(5000, 20);
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 8; i++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Comparison.Report r = Comparison.compare(n, Design.Connectivity.DEFAULT, AwsFacts.defaults(), Flow.fromIntents(n));
      long t1 = System.nanoTime();
      ReachReport m = Reachability.analyze(r.designs().get(2).design().network());
      long t2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      System.out.printf("run %d: wall %d ms, this thread's CPU %d ms%n", i, (t2 - t0) / 1_000_000, (c2 - c0) / 1_000_000);
      System.out.printf("run %d: compare %d ms, reach %d ms (classes %d, pairs %d, leaks %d, gaps %d), rec %s, hub violations %s%n", i,
          (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, m.sourceClasses(), m.pairs(), m.leakCount(), m.gapCount(),
          r.recommendation().design(), r.designs().get(2).violations().size());
    }
  }
}
