package io.vpcplan.cli;

import io.vpcplan.finding.Finding;
import io.vpcplan.io.AtomicFiles;
import io.vpcplan.io.LockFile;
import io.vpcplan.io.PlanOutput;
import io.vpcplan.ipam.Change;
import io.vpcplan.ipam.Lock;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.RunFailedException;
import io.vpcplan.source.ExistingEstate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Allocate non-overlapping CIDRs for a design and record them in its lock file.",
        "Locked allocations are kept; only what is new is allocated. Nothing is written when the plan fails."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:plan written", "1:the design cannot be satisfied, the lock conflicts with it, or a file could not be written", "2:usage error or unreadable input"})
public final class PlanCommand implements Callable<Integer> {
  enum Format { table, json, yaml }

  @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (YAML).")
  Path design;

  @Option(names = "--lock", paramLabel = "FILE", description = "Lock file (default: DESIGN with .lock.json beside it).")
  Path lockFile;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, or json/yaml when -o names a .json/.yaml file).", defaultValue = "table")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the plan to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--prune", description = "Free the ranges of VPCs and subnets removed from the design (default: keep them reserved).")
  boolean prune;

  @Option(names = "--dry-run", description = "Show the plan without writing the lock file.")
  boolean dryRun;

  @Option(names = "--against", paramLabel = "INVENTORY", split = ",",
      description = "Plan around an existing estate: an aws_configs folder, describe-* JSON or LZA network-config.yaml. "
          + "Its VPC ranges are never allocated; design ranges that collide with it are reported (exit 1).")
  List<Path> against = List.of();

  @Option(names = {"-q", "--quiet"}, description = "Print only the summary line, conflicts and warnings (for CI and large designs).")
  boolean quiet;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    format = OutFormat.resolve(spec, format, out, Format.class); // -o x.json: json, unless --format says otherwise
    Design d = io.vpcplan.io.DesignLoader.load(design);
    Path lockPath = lockFile != null ? lockFile : LockFile.besideDesign(design);
    Lock lock = LockFile.read(lockPath);
    ExistingEstate estate = against.isEmpty() ? ExistingEstate.NONE : ExistingEstate.load(against, d, lock);
    // the lock's text is made on the other core from the moment the planner has the lock, while the rest
    // of the plan is built and printed; written only after that, and only when nothing failed
    java.util.concurrent.atomic.AtomicReference<java.util.concurrent.FutureTask<byte[]>> lockBytes =
        new java.util.concurrent.atomic.AtomicReference<>();
    PlanResult r = Planner.plan(d, lock, new Planner.Options(prune, estate.blocked()), newLock -> {
      if (dryRun) return;
      java.util.concurrent.FutureTask<byte[]> task = new java.util.concurrent.FutureTask<>(() -> LockFile.bytes(newLock));
      lockBytes.set(task);
      Thread t = new Thread(task, "lock-writer");
      t.setDaemon(true);
      t.start();
    });
    List<Finding> collisions = estate.collisions(r.network());
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    boolean failed = !collisions.isEmpty() || r.hasConflicts();
    if (out != null && !failed) {
      writeOut(out, w -> render(w, r, collisions));
      stderr.println("plan written to " + out);
    } else {
      render(stdout, r, collisions);
      stdout.flush();
    }
    warnIfForeignLock(stderr, lockPath, r);
    if (r.hasConflicts()) {
      List<Change> conflicts = r.changes().stream().filter(c -> c.kind() == Change.Kind.CONFLICT).toList();
      // a subnet's conflict belongs to its VPC: "subnet a/r/v/s" and "vpc a/r/v" count as one VPC
      long vpcs = conflicts.stream().map(c -> c.subject().replaceFirst("^(?:subnet|vpc) ([^/]+/[^/]+/[^/]+).*$", "$1")).distinct().count();
      long withEstate = conflicts.stream().filter(c -> c.detail().contains("overlaps existing VPC"))
          .map(Change::subject).distinct().count();
      if (withEstate > 0 && !against.isEmpty()) {
        stderr.println("error: " + lockPath + ": " + withEstate + (withEstate == 1 ? " locked VPC overlaps" : " locked VPCs overlap")
            + " the existing estate (marked '!'); nothing written. The lock was written by a plan that did not know this "
            + "estate. If those VPCs are not deployed yet, move the lock file aside and plan again with --against: they get "
            + "ranges around the estate. If they are deployed, the estate should hold them: check that the inventory is complete.");
      } else {
        stderr.println("error: " + lockPath + ": " + vpcs + (vpcs == 1 ? " VPC conflicts" : " VPCs conflict")
            + " with the lock file (marked '!'); nothing written. Resolve them, then plan again.");
      }
      return ExitCodes.FAILED;
    }
    if (!collisions.isEmpty()) {
      stderr.println("error: " + collisions.size() + " design range(s) collide with the existing estate (" + String.join(", ",
          against.stream().map(Path::toString).toList()) + "); nothing written. Move them, or declare the VPC under 'existing:'.");
      return ExitCodes.FAILED;
    }
    if (!dryRun) {
      byte[] bytes = done(lockBytes.get());
      // an unchanged lock is left alone (its time stamp too), and the user is told nothing moved
      if (sameBytes(lockPath, bytes)) {
        stderr.println("lock file " + lockPath + " unchanged");
      } else {
        LockFile.write(lockPath, bytes);
        stderr.println("lock file " + lockPath + " updated");
      }
    }
    return ExitCodes.OK;
  }

  /** A lock none of whose VPCs the design has is most likely another design's (--lock pointing at the wrong file). */
  private void warnIfForeignLock(PrintWriter stderr, Path lockPath, PlanResult r) {
    java.util.Map<Change.Kind, Long> kinds = r.changes().stream().filter(c -> c.subject().startsWith("vpc "))
        .collect(java.util.stream.Collectors.groupingBy(Change::kind, java.util.stream.Collectors.counting()));
    long held = kinds.getOrDefault(Change.Kind.HELD, 0L) + kinds.getOrDefault(Change.Kind.REMOVED, 0L);
    if (held > 0 && kinds.getOrDefault(Change.Kind.KEPT, 0L) == 0 && kinds.getOrDefault(Change.Kind.ADDED, 0L) > 0) {
      stderr.println("warning: " + lockPath + ": none of its " + held + " VPCs is in " + design + "; is it this design's "
          + "lock? If not, give the right --lock (the plan would write this design's VPCs into it)");
    }
  }

  private static boolean sameBytes(Path file, byte[] bytes) {
    try {
      return java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == bytes.length
          && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false; // then it is written, and a real problem is reported there
    }
  }

  private static byte[] done(java.util.concurrent.FutureTask<byte[]> task) {
    try {
      return task.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the lock file", e);
    }
  }

  private void render(java.io.Writer w, PlanResult r, List<Finding> collisions) {
    try {
      switch (format) {
        case table -> w.write(quiet ? PlanTable.quiet(design.toString(), r) : PlanTable.render(design.toString(), r)
            + FindingsTable.collisions(collisions));
        case json -> PlanOutput.write(w, design.toString(), r, collisions, PlanOutput.Format.JSON);
        case yaml -> PlanOutput.write(w, design.toString(), r, collisions, PlanOutput.Format.YAML);
      }
      if (quiet && format == Format.table) w.write(FindingsTable.collisions(collisions));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void writeOut(Path out, String text) {
    writeOut(out, w -> {
      try {
        w.write(text);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Writes FILE atomically, streaming (a 10,000-VPC plan is tens of MB of JSON). */
  static void writeOut(Path out, java.util.function.Consumer<java.io.Writer> body) {
    try {
      AtomicFiles.write(out, os -> {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        body.accept(w);
        w.flush();
      });
    } catch (IOException e) {
      throw new RunFailedException(io.vpcplan.io.FileProblems.cannotWrite(out, e));
    }
  }
}
