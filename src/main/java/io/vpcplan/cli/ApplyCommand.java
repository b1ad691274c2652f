package io.vpcplan.cli;

import io.vpcplan.aws.ApplyConfig;
import io.vpcplan.aws.ApplyListener;
import io.vpcplan.aws.ApplyRun;
import io.vpcplan.aws.StateFile;
import io.vpcplan.aws.StopSignal;
import io.vpcplan.change.Desired;
import io.vpcplan.change.Want;
import io.vpcplan.io.JsonText;
import io.vpcplan.io.LockFile;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Create a plan's network in AWS through the SDK (EC2 and RAM): the change set first, changes only with --yes.",
        "Reads what is live, finds the plan's own resources by their vpcplan:plan and vpcplan:id tags, and shows what it"
            + " would create, update or (with --prune) delete, and the drift it will not touch. Resources without the"
            + " plan's tags are never modified. A re-run after a failure or Ctrl-C completes the rest without"
            + " duplicates; the ids are kept in DESIGN's .state.json beside the lock."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:nothing to do, the change set was shown, or every change was made",
        "1:a change failed, an account was stopped, or the run was interrupted", "2:usage error or unreadable input"})
public final class ApplyCommand implements Callable<Integer> {
  enum Format { text, json, yaml }

  @Parameters(arity = "1", paramLabel = "DESIGN", description = "The design to apply (planned with its lock file, which must exist).")
  Path design;

  @Option(names = "--dry-run", description = "Show the change set and change nothing (the default without --yes).")
  boolean dryRun;

  @Option(names = "--yes", description = "Make the changes (without it, apply only shows them).")
  boolean yes;

  @Option(names = "--prune", description = "Delete resources this plan owns (by tags) and no longer plans, after listing them.")
  boolean prune;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, or json/yaml when -o names a .json/.yaml file).", defaultValue = "text")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the change set (and results) to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "900",
      description = "How long to wait for a transit gateway, attachment or share to become available (default: ${DEFAULT-VALUE}).")
  long waitTimeout;

  enum RetryMode { adaptive, standard }

  @Option(names = "--retry-mode", defaultValue = "adaptive", paramLabel = "MODE",
      description = "As the AWS CLI's retry_mode: adaptive (also slows this client down while EC2 throttles) or standard"
          + " (default: ${DEFAULT-VALUE}).")
  RetryMode retryMode;

  @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "5000", hidden = true,
      description = "Pause between state checks while waiting (tests use a few ms).")
  long pollMs;

  @Mixin DesignOptions src;

  @Mixin ApplyAwsOptions live;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    format = OutFormat.resolve(spec, format, out, Format.class); // -o x.json: json, unless --format says otherwise
    if (dryRun && yes) throw new InputException(Location.NONE, "--yes", "--dry-run and --yes contradict; give one");
    if (waitTimeout < 1 || waitTimeout > 86_400) {
      throw new InputException(Location.NONE, "--wait-timeout", waitTimeout + " is out of range; use 1 to 86400 seconds");
    }
    if (!Files.exists(design)) throw new InputException(Location.of(design.toString()), "DESIGN", "file not found; check the path");
    if (Files.isDirectory(design)) {
      throw new InputException(Location.of(design.toString()), "DESIGN", "is a folder, not a design; apply creates a planned"
          + " network (to codify an existing estate, use `generate`)");
    }
    if (!Files.exists(LockFile.besideDesign(design))) {
      throw new InputException(Location.of(design.toString()), "lock", "no lock file " + LockFile.besideDesign(design)
          + ": apply creates only what a reviewed plan fixed; run `vpcplan plan " + design + "` first and commit the lock");
    }
    Loaded in = SourcePipeline.load(src.request(List.of(design)));
    if (in.planned().isEmpty()) {
      throw new InputException(Location.of(design.toString()), "DESIGN", "is not a design; apply creates a planned"
          + " network (to codify an existing estate, use `generate`)");
    }
    String plan = io.vpcplan.change.Ownership.planName(design);
    Desired.Result desired = Desired.of(in.network(), plan);
    if (!desired.problems().isEmpty()) {
      throw new InputException(Location.of(design.toString()), "accounts", String.join("; ", desired.problems()));
    }
    List<String> regions = desired.wants().stream().map(Want::region).distinct().sorted().toList();
    ApplyConfig config = new ApplyConfig(live.toConfig(regions), live.regionsGiven(), live.role(), plan, StateFile.beside(design),
        prune, Duration.ofMillis(Math.max(1, pollMs)), Duration.ofSeconds(waitTimeout), retryMode == RetryMode.adaptive);
    PrintWriter err = spec.commandLine().getErr();
    StopSignal stop = new StopSignal();
    Path tmp = LiveRead.tempDir();
    try (ApplyRun run = new ApplyRun(config, desired, new Lines(err), stop)) {
      ApplyRun.Preview p = run.preview(desired, tmp);
      if (!yes || p.changes().isEmpty()) {
        print(plan, in.topology(), p, null);
        if (!yes && !p.changes().isEmpty()) err.println(p.unread().isEmpty() ? "nothing was changed; run again with --yes to make these changes"
            : "nothing was changed; " + p.unread().size() + " account(s) could not be read (listed above) and are shown as if "
                + "empty: fix access (credentials, --role-name, --endpoint-url) and run again before --yes");
        if (yes) run.execute(p); // writes the state file, rebuilt from the tags
        err.flush();
        return p.unread().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
      }
      if (format == Format.text) print(plan, in.topology(), p, null);
      Thread hook = new Thread(() -> {
        stop.request();
        stop.awaitStopped(120);
      }, "vpcplan-apply-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      ApplyRun.Outcome o;
      try {
        o = run.execute(p);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C arrived: the hook is running and waits for us
        }
      }
      if (format != Format.text) print(plan, in.topology(), p, o);
      summary(err, o, config.stateFile());
      return o.ok() && p.unread().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    } finally {
      LiveRead.delete(tmp);
    }
  }

  private void print(String plan, String topology, ApplyRun.Preview p, ApplyRun.Outcome o) {
    String text = switch (format) {
      case text -> ApplyOutput.text(plan, topology, p);
      case json -> JsonText.json(ApplyOutput.tree(plan, topology, p, o));
      case yaml -> JsonText.yaml(ApplyOutput.tree(plan, topology, p, o));
    };
    if (out != null) {
      PlanCommand.writeOut(out, text);
      spec.commandLine().getErr().println("wrote the change set (" + format + ") to " + out);
    } else {
      PrintWriter w = spec.commandLine().getOut();
      w.print(text);
      w.flush();
    }
  }

  private static void summary(PrintWriter err, ApplyRun.Outcome o, Path state) {
    err.println("apply " + (o.interrupted() ? "stopped on request" : o.ok() ? "complete" : "incomplete") + ": "
        + o.count(ApplyListener.StepResult.Status.DONE) + " done, " + o.count(ApplyListener.StepResult.Status.FAILED)
        + " failed, " + o.count(ApplyListener.StepResult.Status.SKIPPED) + " skipped; ids in " + state);
    o.stopped().forEach((a, why) -> err.println("  account " + a + " stopped: " + why));
    if (!o.ok()) err.println("run the same command again to continue: what was made is found by its tags and not made twice");
    err.flush();
  }


  /** Progress: a bar on a terminal, one line per step otherwise (failures always as lines). */
  private static final class Lines implements ApplyListener {
    private final PrintWriter err;
    private final io.vpcplan.aws.ProgressListener bar;
    private int total;
    private int n;

    Lines(PrintWriter err) {
      this.err = err;
      this.bar = ProgressBar.forTerminal(err);
    }

    @Override
    public void starting(int steps) {
      total = steps;
      bar.phase("changes", steps);
    }

    @Override
    public void finished(StepResult r) {
      n++;
      bar.step(r.status() == StepResult.Status.DONE);
      if (bar == io.vpcplan.aws.ProgressListener.NONE || r.status() != StepResult.Status.DONE) {
        err.println(ApplyOutput.step(n, total, r));
        err.flush();
      }
    }

    @Override
    public void done() {
      bar.done();
    }
  }
}
