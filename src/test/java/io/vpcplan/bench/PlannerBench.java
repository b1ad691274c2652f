package io.vpcplan.bench;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.io.YamlReader;
import io.vpcplan.ipam.Lock;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Planning 10,000 VPCs = 120,000 subnets in-process, from scratch and against a full lock. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PlannerBench {
  @Param({"10000"})
  int vpcs;

  Design design;
  Lock lock;

  @Setup
  public void setup() {
    byte[] yaml = DesignGenerator.yaml(vpcs).getBytes(StandardCharsets.UTF_8);
    design = DesignLoader.bind("bench.yaml", YamlReader.parse("bench.yaml", yaml));
    lock = Planner.plan(design).lock();
  }

  @Benchmark
  public PlanResult planFromScratch() {
    return Planner.plan(design);
  }

  @Benchmark
  public PlanResult planWithFullLock() {
    return Planner.plan(design, lock, Planner.Options.DEFAULT);
  }
}
