package io.vpcplan.aws;

import io.vpcplan.model.RunFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;

/**
 * Snapshots live accounts into {@code DIR/aws_configs/<account>/<region>/*.json}.
 *
 * <p>Two phases on one bounded pool: first every account is entered (role assumed, regions listed
 * when asked for all), then every account-region is read and written. EC2 throttles per account
 * and region, so account-regions are independent and run in parallel, while the calls inside one
 * run in sequence. Each account-region is written as soon as it is read, so memory holds at most
 * {@code parallelism} regions. One failing account-region never stops the others.
 */
public final class LiveSnapshot {
  private final LiveConfig config;
  private final ProgressListener progress;

  public LiveSnapshot(LiveConfig config, ProgressListener progress) {
    this.config = config;
    this.progress = progress == null ? ProgressListener.NONE : progress;
  }

  /** An account entered: its credentials and regions, or the outcomes that say why not. */
  private record Entered(AccountSessions.Target target, List<String> regions, List<RegionOutcome> failures) {}

  public SnapshotResult run(Path outDir) {
    SnapshotWriter writer = new SnapshotWriter(outDir);
    AwsCredentialsProvider base = baseCredentials();
    try {
      base.resolveCredentials();
    } catch (RuntimeException e) {
      throw new RunFailedException("no usable AWS credentials (" + AwsErrors.describe(e) + "); configure them with"
          + " `aws configure` or `aws sso login`, AWS_PROFILE or --profile, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY");
    }
    String home = homeRegion();
    ExecutorService pool = Executors.newFixedThreadPool(config.parallelism(), daemonThreads());
    try (AwsClients clients = new AwsClients(config);
        AccountSessions sessions = new AccountSessions(config, clients, base, home)) {
      List<AccountSessions.Target> targets = sessions.targets(home);
      progress.phase("accounts", targets.size());
      List<Entered> entered = all(pool, targets.stream().map(t -> (Callable<Entered>) () -> enter(clients, t))
          .toList());
      List<RegionOutcome> outcomes = new ArrayList<>();
      List<Callable<RegionOutcome>> reads = new ArrayList<>();
      for (Entered e : entered) {
        outcomes.addAll(e.failures());
        for (String region : e.regions()) {
          AccountRegion where = new AccountRegion(e.target().account(), region);
          boolean global = region.equals(e.regions().get(0)); // Direct Connect gateways: once per account
          reads.add(() -> readAndWrite(clients, writer, e.target().credentials(), where, global));
        }
      }
      progress.phase("account-regions", reads.size());
      outcomes.addAll(all(pool, reads));
      writer.pruneEmpty(outcomes.stream().map(RegionOutcome::where).toList());
      return new SnapshotResult(writer.configsDir(), outcomes);
    } catch (IOException e) {
      throw new RunFailedException("cannot write the snapshot under " + outDir + ": " + e.getMessage());
    } finally {
      pool.shutdownNow();
      progress.done();
    }
  }

  private Entered enter(AwsClients clients, AccountSessions.Target t) {
    List<String> regions = config.regions();
    try {
      t.credentials().resolveCredentials(); // assumes the role now, so a refusal is reported once per account
    } catch (RuntimeException e) {
      String what = t.assumesRole() ? Ec2Calls.ASSUME_ROLE + " on " + t.roleArn() : "the credentials";
      boolean denied = AwsErrors.classify(e) == AwsErrors.Kind.DENIED;
      String reason = what + (denied ? " denied (" : " failed (") + AwsErrors.describe(e) + ")";
      List<String> missing = denied && t.assumesRole() ? List.of(Ec2Calls.ASSUME_ROLE) : List.of();
      progress.step(false);
      return new Entered(t, List.of(), failAll(t.account(), regions, missing, reason));
    }
    if (config.allRegions()) {
      try (Ec2Client ec2 = clients.ec2(homeRegion(), t.credentials())) {
        regions = ec2.describeRegions(r -> r.allRegions(false)).regions().stream()
            .filter(r -> !"not-opted-in".equals(r.optInStatus()))
            .map(Region::regionName).sorted().toList();
      } catch (RuntimeException e) {
        boolean denied = AwsErrors.classify(e) == AwsErrors.Kind.DENIED;
        String reason = Ec2Calls.DESCRIBE_REGIONS + (denied ? " denied (" : " failed (") + AwsErrors.describe(e) + ")";
        progress.step(false);
        return new Entered(t, List.of(), failAll(t.account(), List.of(),
            denied ? List.of(Ec2Calls.DESCRIBE_REGIONS) : List.of(), reason));
      }
    }
    progress.step(true);
    return new Entered(t, regions, List.of());
  }

  private static List<RegionOutcome> failAll(String account, List<String> regions, List<String> missing,
      String reason) {
    List<String> rs = regions.isEmpty() ? List.of(AccountRegion.ALL_REGIONS) : regions;
    return rs.stream().map(r -> RegionOutcome.failed(new AccountRegion(account, r), missing, reason)).toList();
  }

  private RegionOutcome readAndWrite(AwsClients clients, SnapshotWriter writer, AwsCredentialsProvider creds,
      AccountRegion where, boolean global) {
    RegionOutcome outcome;
    try (Ec2Client ec2 = clients.ec2(where.region(), creds)) {
      RegionReader.Read read = new RegionReader(ec2, where).read();
      writer.write(where, read.documents());
      outcome = DxSnapshot.readAndWrite(clients, creds, writer.regionDir(where), read.outcome(), global);
    } catch (IOException e) {
      outcome = RegionOutcome.failed(where, List.of(), "cannot write " + writer.regionDir(where) + ": " + e);
    } catch (RuntimeException e) {
      outcome = RegionOutcome.failed(where, List.of(), "unexpected error: " + e);
    }
    progress.step(outcome.status() == RegionOutcome.Status.OK);
    return outcome;
  }

  private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
    try {
      List<T> out = new ArrayList<>(tasks.size());
      for (Future<T> f : pool.invokeAll(tasks)) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailedException("snapshot interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  AwsCredentialsProvider baseCredentials() {
    if (config.credentials() != null) return config.credentials();
    if (!config.profile().isEmpty()) return ProfileCredentialsProvider.create(config.profile());
    return DefaultCredentialsProvider.builder().build();
  }

  /** Where STS and DescribeRegions go: the first region asked for, else the configured one. */
  String homeRegion() {
    if (!config.regions().isEmpty()) return config.regions().get(0);
    return defaultRegion(config.profile()).orElse("us-east-1");
  }

  /** The region of the environment or the profile, if any, in the AWS CLI's order. */
  public static java.util.Optional<String> defaultRegion(String profile) {
    return defaultRegion(profile, System::getenv);
  }

  /** AWS_REGION, then AWS_DEFAULT_REGION (which the AWS CLI honours and the SDK alone does not), then ~/.aws/config. */
  public static java.util.Optional<String> defaultRegion(String profile, java.util.function.UnaryOperator<String> env) {
    for (String var : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String v = env.apply(var);
      if (v != null && !v.isBlank()) return java.util.Optional.of(v.strip());
    }
    try {
      var chain = DefaultAwsRegionProviderChain.builder();
      if (profile != null && !profile.isEmpty()) chain.profileName(profile);
      return java.util.Optional.of(chain.build().getRegion().id());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "vpcplan-aws-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
