package io.vpcplan.aws;

import io.vpcplan.aws.ApplyListener.StepResult;
import io.vpcplan.change.Action;
import io.vpcplan.change.Actual;
import io.vpcplan.change.Change;
import io.vpcplan.change.ChangeSet;
import io.vpcplan.change.Desired;
import io.vpcplan.change.Have;
import io.vpcplan.change.RegionDocs;
import io.vpcplan.model.RunFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * apply: read what is live (the snapshot path, plus this plan's internet gateways and RAM shares),
 * compute the change set, and, when asked, carry it out step by step in order. A step that fails
 * blocks the steps that need it; a refused call stops its account (the others go on); the state
 * file is written after every step; a stop request ends the run after the step in flight.
 */
public final class ApplyRun implements AutoCloseable {
  /** What is live and what would change; {@code unread}: accounts (→ why) apply cannot see, so will not touch. */
  public record Preview(ChangeSet changes, SnapshotResult read, Map<String, String> unread, List<String> warnings) {}

  /** How the run went: every step's result, the accounts stopped (→ why), whether it was interrupted. */
  public record Outcome(List<StepResult> results, Map<String, String> stopped, boolean interrupted) {
    public long count(StepResult.Status s) {
      return results.stream().filter(r -> r.status() == s).count();
    }

    public boolean ok() {
      return !interrupted && count(StepResult.Status.FAILED) == 0 && count(StepResult.Status.SKIPPED) == 0;
    }
  }

  private final ApplyConfig config;
  private final LiveConfig live;
  private final ApplyListener listener;
  private final StopSignal stop;
  private final AwsClients clients;
  private final Map<String, ApplySession> sessions = new HashMap<>();
  private AccountSessions accounts;
  private Map<String, AwsCredentialsProvider> credentials;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, StateFile.Entry> state = new TreeMap<>();
  /** The state file as this run found it. */
  private final Map<String, StateFile.Entry> recorded;

  public ApplyRun(ApplyConfig config, Desired.Result desired, ApplyListener listener, StopSignal stop) {
    this.config = config;
    this.listener = listener == null ? ApplyListener.NONE : listener;
    this.stop = stop == null ? new StopSignal() : stop;
    // where the plan is, and where the state file says it was (so --prune sees what a shrunk plan left behind)
    TreeSet<String> accSet = new TreeSet<>();
    TreeSet<String> regionSet = new TreeSet<>();
    desired.wants().forEach(w -> {
      accSet.add(w.account());
      regionSet.add(w.region());
    });
    try {
      recorded = StateFile.read(config.stateFile());
      recorded.values().forEach(e -> {
        accSet.add(e.account());
        regionSet.add(e.region());
      });
    } catch (IOException e) {
      throw new RunFailedException("cannot read the state file " + config.stateFile() + ": " + e.getMessage()
          + "; move it aside (it is rebuilt from the tags)");
    }
    List<String> accs = List.copyOf(accSet);
    LiveConfig l = config.live();
    List<String> regions = config.regionsGiven() ? l.regions() : List.copyOf(regionSet);
    if (accs.size() > 1 && config.roleName().isEmpty()) {
      throw new io.vpcplan.model.InputException(io.vpcplan.model.Location.NONE, "--role-name", "the plan has resources"
          + " in " + accs.size() + " accounts (" + String.join(", ", accs) + "); apply assumes a role in each: add"
          + " --role-name OrganizationAccountAccessRole (or the role your organization uses)");
    }
    this.live = new LiveConfig(l.profile(), regions, false, config.roleName().isEmpty() ? List.of() : accs,
        config.roleName(), l.externalId(), l.endpoint(), l.stsEndpoint(), l.parallelism(), l.retry(), l.credentials());
    this.clients = new AwsClients(live, config.adaptiveRetry());
  }

  public Preview preview(Desired.Result desired, Path workDir) throws IOException {
    List<String> warnings = new ArrayList<>();
    SnapshotResult read = new LiveSnapshot(live, null).run(workDir);
    Map<String, String> unread = new TreeMap<>();
    for (RegionOutcome o : read.outcomes()) {
      List<String> blocking = o.problems().stream().filter(ApplyRun::needed).toList();
      if (o.status() == RegionOutcome.Status.FAILED || !blocking.isEmpty()) {
        unread.putIfAbsent(o.where().account(), o.where().region() + ": " + (o.problems().isEmpty()
            ? o.status().name().toLowerCase() : String.join("; ", o.problems())));
      } else {
        // an endpoint without VPN or Direct Connect (an emulator) is no news for apply; a refusal is
        o.problems().stream().filter(pr -> !pr.contains("not supported by the endpoint"))
            .forEach(pr -> warnings.add(o.where().account() + "/" + o.where().region() + ": " + pr
                + " (apply does not need it)"));
      }
    }
    List<RegionDocs> docs = new ArrayList<>();
    for (RegionDocs r : SnapshotDocs.read(read.configsDir())) {
      if (unread.containsKey(r.account())) continue;
      try {
        docs.add(ApplyReads.add(r, session(r.account(), r.region()), warnings));
      } catch (RuntimeException e) {
        unread.put(r.account(), r.region() + ": " + AwsErrors.describe(e));
      }
    }
    Actual actual = Actual.read(config.plan(), docs);
    ChangeSet cs = ChangeSet.compute(config.plan(), desired, actual, config.prune());
    for (Have h : actual.haves()) {
      if (!h.kind().taggable()) continue;
      ids.putIfAbsent(h.key(), h.awsId());
      state.putIfAbsent(h.key(), new StateFile.Entry(h.awsId(), h.kind().label(), h.account(), h.region()));
    }
    for (Map.Entry<String, StateFile.Entry> e : recorded.entrySet()) {
      if (!state.containsKey(e.getKey()) && !unread.containsKey(e.getValue().account())) {
        warnings.add("the state file lists " + e.getKey() + " (" + e.getValue().id() + ") but no resource carries its"
            + " tags now: deleted, or its vpcplan tags were removed (apply never touches untagged resources)");
      }
    }
    return new Preview(cs, read, unread, warnings);
  }

  /** The snapshot calls the change set is built from; a problem with another one (peerings, endpoints, VPN) is a warning. */
  private static final List<String> NEEDED = List.of("ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeRouteTables",
      "ec2:DescribeTransitGateways", "ec2:DescribeTransitGatewayAttachments", "ec2:DescribeTransitGatewayVpcAttachments",
      "ec2:DescribeTransitGatewayRouteTables", "ec2:SearchTransitGatewayRoutes",
      "ec2:GetTransitGatewayRouteTableAssociations", "ec2:GetTransitGatewayRouteTablePropagations",
      "ec2:DescribeVpcPeeringConnections");

  private static boolean needed(String problem) {
    return NEEDED.stream().anyMatch(a -> problem.startsWith(a + " ")); // a region that failed outright is FAILED
  }

  /** Carries out the change set; writes the state file after every step. */
  public Outcome execute(Preview p) throws IOException {
    List<StepResult> results = new ArrayList<>();
    Map<String, String> stopped = new TreeMap<>();
    p.unread().forEach((a, why) -> stopped.put(a, "could not be read (" + why + ")"));
    Set<String> failed = new HashSet<>();
    p.changes().blocked().forEach(c -> failed.add(c.key()));
    p.changes().drift().forEach(c -> failed.add(c.key()));
    Steps steps = new Steps(ids, new Waits(config.pollInterval(), config.waitTimeout()));
    StateFile.write(config.stateFile(), config.plan(), state);
    listener.starting(p.changes().changes().size());
    boolean interrupted = false;
    try {
      for (Change c : p.changes().changes()) {
        if (stop.requested()) {
          interrupted = true;
          break;
        }
        StepResult r = step(steps, c, stopped, failed);
        results.add(r);
        listener.finished(r);
      }
    } finally {
      StateFile.write(config.stateFile(), config.plan(), state);
      listener.done();
      stop.stopped();
    }
    return new Outcome(results, stopped, interrupted);
  }

  private StepResult step(Steps steps, Change c, Map<String, String> stopped, Set<String> failed) throws IOException {
    if (stopped.containsKey(c.account())) {
      failed.add(c.key());
      return new StepResult(c, StepResult.Status.SKIPPED, "", "account " + c.account() + " stopped: " + stopped.get(c.account()));
    }
    String need = c.needs().stream().filter(failed::contains).findFirst().orElse(null);
    if (need != null) {
      failed.add(c.key());
      return new StepResult(c, StepResult.Status.SKIPPED, "", "needs " + need + ", which was not done");
    }
    try {
      String id = steps.run(session(c.account(), c.region()), c);
      if (c.action() == Action.DELETE) {
        ids.remove(c.key());
        state.remove(c.key());
      } else if (c.kind().taggable() || c.kind() == io.vpcplan.change.Kind.RESOURCE_SHARE) {
        ids.put(c.key(), id);
        state.put(c.key(), new StateFile.Entry(id, c.kind().label(), c.account(), c.region()));
      }
      StateFile.write(config.stateFile(), config.plan(), state);
      return new StepResult(c, StepResult.Status.DONE, id, "");
    } catch (RunFailedException e) {
      failed.add(c.key());
      return new StepResult(c, StepResult.Status.FAILED, "", e.getMessage());
    } catch (RuntimeException e) {
      failed.add(c.key());
      String why = AwsErrors.describe(e);
      switch (AwsErrors.classify(e)) {
        case DENIED -> {
          stopped.put(c.account(), steps.lastAction() + " denied (" + why + ")");
          return new StepResult(c, StepResult.Status.FAILED, "", "missing permission " + steps.lastAction()
              + "; account " + c.account() + " stopped (" + why + ")");
        }
        case UNSUPPORTED -> {
          return new StepResult(c, StepResult.Status.FAILED, "", "the endpoint does not support " + steps.lastAction()
              + " (" + why + ")");
        }
        default -> {
          return new StepResult(c, StepResult.Status.FAILED, "", steps.lastAction() + " failed: " + why);
        }
      }
    }
  }

  private ApplySession session(String account, String region) {
    if (credentials == null) enter();
    String k = account + "/" + region;
    ApplySession s = sessions.get(k);
    if (s != null) return s;
    AwsCredentialsProvider creds = credentials.get(account);
    if (creds == null) {
      throw new RunFailedException("the plan puts resources in account " + account + " but the credentials are for "
          + String.join(", ", new TreeSet<>(credentials.keySet())) + "; use credentials of that account, or --role-name"
          + " to assume a role in each of the plan's accounts");
    }
    s = new ApplySession(account, region, AccountSessions.partition(region), clients.ec2(region, creds),
        clients.ec2CreateOnce(region, creds), clients.ram(region, creds), config.plan());
    sessions.put(k, s);
    return s;
  }

  /** Credentials for every account: the caller's own, or the role assumed in it. */
  private void enter() {
    AwsCredentialsProvider base = new LiveSnapshot(live, null).baseCredentials();
    String home = live.regions().isEmpty() ? "us-east-1" : live.regions().get(0);
    accounts = new AccountSessions(live, clients, base, home);
    credentials = new HashMap<>();
    for (AccountSessions.Target t : accounts.targets(home)) credentials.put(t.account(), t.credentials());
  }

  @Override
  public void close() {
    sessions.values().forEach(ApplySession::close);
    if (accounts != null) accounts.close();
    clients.close();
  }
}
