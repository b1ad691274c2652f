package io.vpcplan.cli;

import io.vpcplan.cost.AwsFacts;
import io.vpcplan.cost.Comparison;
import io.vpcplan.cost.Facts;
import io.vpcplan.io.JsonText;
import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.Flow;
import io.vpcplan.topology.Path;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import io.vpcplan.topology.TopologyDesign;
import io.vpcplan.topology.TopologyDesigner;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "reach", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prove which VPCs reach which, and report leaks and gaps against the intent.",
        "Longest-prefix match through VPC route tables, peerings and TGW",
        "route tables (associations, propagations, static and blackhole routes), compared with the segment rules",
        "and intents. Reports leaks (reachable, not intended) and gaps (intended, not reachable) with their paths.",
        "A planned design gets the topology `compare` recommends unless --topology says otherwise."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:routing matches the intent exactly", "1:leaks or gaps found", "2:usage error or unreadable input"})
public final class ReachCommand implements Callable<Integer> {
  enum Format { table, json }

  @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (YAML); it is planned first (its lock file is read, never written).")
  java.nio.file.Path design;

  @Option(names = "--from", paramLabel = "VPC", description = "Source VPC (account/region/name); with --to, print the paths.")
  String from;

  @Option(names = "--to", paramLabel = "VPC", description = "Destination VPC (account/region/name).")
  String to;

  @Option(names = "--matrix", description = "Print the VPC × VPC matrix.")
  boolean matrix;

  @Option(names = "--topology", paramLabel = "NAME", defaultValue = "recommended",
      description = "recommended, tgw-hub, hybrid, intent-mesh, full-mesh, or as-is (the network's own routing) (default: ${DEFAULT-VALUE}).")
  String topology;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", defaultValue = "table")
  Format format;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if ((from == null) != (to == null)) {
      throw new InputException(Location.NONE, from == null ? "--from" : "--to", "give --from and --to together");
    }
    Design d = Sources.design(design);
    Facts facts = AwsFacts.defaults().with(d.overrides());
    Network planned = Sources.network(design);
    List<Flow> flows = Flow.fromIntents(planned);
    String name = topology;
    if (name.equals("recommended")) name = Comparison.compare(planned, d.connectivity(), facts, flows).recommendation().design();
    Network n = planned;
    if (!name.equals("as-is")) {
      TopologyDesign td = designer(name, facts, flows).design(planned, d.connectivity());
      if (!td.materialized()) {
        throw new InputException(Location.NONE, "--topology", name + " is too large to build for this design ("
            + td.counts().peerings() + " peerings); choose tgw-hub or hybrid");
      }
      n = td.network();
    }
    ReachReport r = Reachability.analyze(n);
    List<Path> paths = null;
    boolean pairBad = false;
    if (from != null) {
      paths = Reachability.trace(n, from, to);
      Vpc a = n.vpc(from).orElseThrow();
      Vpc b = n.vpc(to).orElseThrow();
      ReachReport.Status st = r.matrix().status(a.id(), b.id());
      boolean want = r.matrix().intended(a.id(), b.id());
      pairBad = want ? st != ReachReport.Status.FULL : st != ReachReport.Status.NONE;
    }
    StringBuilder sb = new StringBuilder();
    if (format == Format.json) {
      sb.append(JsonText.json(ReachOutput.tree(name, r, paths)));
    } else if (from != null) {
      Vpc a = n.vpc(from).orElseThrow();
      Vpc b = n.vpc(to).orElseThrow();
      sb.append(ReachOutput.paths(a.id(), b.id(), r.matrix().intended(a.id(), b.id()), paths));
    } else {
      sb.append(ReachOutput.summary(name, r)).append(ReachOutput.findings(r));
      if (matrix) sb.append(ReachOutput.matrix(r));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(sb);
    out.flush();
    boolean bad = from != null ? pairBad : !r.clean();
    return bad ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private static TopologyDesigner designer(String name, Facts facts, List<Flow> flows) {
    for (TopologyDesigner t : Comparison.designers(facts, flows)) if (t.name().equals(name)) return t;
    throw new InputException(Location.NONE, "--topology", "unknown topology '" + name
        + "'; use recommended, tgw-hub, hybrid, intent-mesh or full-mesh");
  }
}
