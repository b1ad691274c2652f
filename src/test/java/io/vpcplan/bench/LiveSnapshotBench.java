package io.vpcplan.bench;

import io.vpcplan.aws.FakeAws;
import io.vpcplan.aws.LiveConfig;
import io.vpcplan.aws.LiveSnapshot;
import io.vpcplan.aws.RetrySettings;
import io.vpcplan.aws.SnapshotResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Wall time of a live snapshot against the fake endpoint with a fixed per-request latency, at
 * several parallelism settings: the calls of one region are sequential, so time should fall
 * roughly as account-regions / parallelism until the client or the machine saturates.
 *
 * <pre>
 * mvn -q -o -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.vpcplan.bench.LiveSnapshotBench [accounts] [latency-ms]
 * </pre>
 */
public final class LiveSnapshotBench {
  private LiveSnapshotBench() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long latency = args.length > 1 ? Long.parseLong(args[1]) : 30;
    List<String> regions = List.of("us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < accounts; i++) ids.add(String.format("%012d", 111111111111L + i));
    System.out.printf("%d accounts x %d regions, %d ms per request%n", accounts, regions.size(), latency);
    for (int parallelism : new int[] {8, 1, 4, 8, 16, 32}) { // the first run warms up the JVM and SDK
      try (FakeAws fake = new FakeAws("estate").latency(latency)) {
        LiveConfig config = LiveConfig.of(regions)
            .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(FakeAws.BASE_KEY, "secret")))
            .withEndpoints(fake.endpoint(), null)
            .withRetry(RetrySettings.fast(3))
            .withAccounts(ids, "OrganizationAccountAccessRole")
            .withParallelism(parallelism);
        Path out = Files.createTempDirectory("bench");
        long t0 = System.nanoTime();
        SnapshotResult r = new LiveSnapshot(config, null).run(out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("parallelism %2d: %6d ms, %d account-regions, %d requests, %d ok%n", parallelism, ms,
            r.outcomes().size(), fake.requests().size(), r.count(io.vpcplan.aws.RegionOutcome.Status.OK));
      }
    }
  }
}
