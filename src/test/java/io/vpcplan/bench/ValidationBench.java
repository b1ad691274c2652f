package io.vpcplan.bench;

import io.vpcplan.finding.Finding;
import io.vpcplan.analysis.Validator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.OverlapFinder;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * The overlap core at 1,000,000 prefixes: the raw sweep (OverlapFinder.groups over random /16–/28
 * in 10.0.0.0/8 plus 2% on 172.31.0.0/16, a worst case for nesting) and the whole Validator over
 * 1,000,000 single-block VPCs (distinct /28s, 2% default VPCs on 172.31.0.0/16, 1% reusing a
 * neighbour's range: 20,000-VPC group summarised, 10,000 pair findings).
 *
 * <pre>java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ValidationBench -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ValidationBench {
  List<Cidr> prefixes;
  Network network;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(42);
    prefixes = new ArrayList<>(1_000_000);
    List<Vpc> vpcs = new ArrayList<>(1_000_000);
    for (int i = 0; i < 1_000_000; i++) {
      Cidr c;
      if (i % 50 == 49) {
        c = Cidr.parse("172.31.0.0/16");
      } else {
        int len = 16 + rnd.nextInt(13);
        c = Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, 0x0A000000L | rnd.nextLong(1L << 24), len);
      }
      prefixes.add(c);
      // the VPCs: distinct /28s of 10.0.0.0/8, every 50th on 172.31.0.0/16, every 100th reusing its neighbour's
      Cidr v = i % 50 == 49 ? c : Cidr.v4(0x0A000000L + 16L * (i % 100 == 98 ? i - 1 : i), 28);
      vpcs.add(new Vpc("vpc-" + i, "", "111111111111", "us-east-1", "", List.of(v), List.of(), List.of(),
          Origin.IMPORTED, Location.NONE));
    }
    network = Network.ofVpcs(vpcs);
  }

  @Benchmark
  public long overlapFinderGroups1M() {
    return OverlapFinder.groups(prefixes).size();
  }

  @Benchmark
  public long validator1MVpcs() {
    List<Finding> f = Validator.validate(network);
    return f.size();
  }
}
