package io.vpcplan.cli;

import io.vpcplan.cost.Comparison;
import io.vpcplan.io.JsonText;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.NetworkCounts;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import io.vpcplan.source.Topologies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Compare peering meshes with Transit Gateway hub designs: counts, quotas, cost, advice.",
        "Covers a full peering mesh, an intent mesh, a Transit Gateway hub, a hybrid, a TGW per environment (split-tgw) "
            + "and the hairpin through on-premises over Direct Connect (shown, never recommended; not applicable without an "
            + "on-premises site) for a design: object counts, quota checks, monthly cost, a recommendation, PrivateLink advice for overlapping VPCs, and where a mesh "
            + "stops being viable (n = 2..200). Quotas and prices can be overridden in the design under quotas: and prices:."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:comparison written", "1:the output file could not be written", "2:usage error or unreadable input"})
public final class CompareCommand implements Callable<Integer> {
  enum Format { table, json, yaml }

  @Parameters(index = "0", paramLabel = "DESIGN", description = "Design file (YAML); it is planned first (its lock file is read, never written).")
  Path design;

  @Option(names = "--traffic", paramLabel = "FILE", description = SourceOptions.TRAFFIC)
  Path traffic;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, or json/yaml when -o names a .json/.yaml file).", defaultValue = "table")
  Format format;

  @Option(names = "--crossover", description = "In table format, print the whole crossover table (n = 2..200).")
  boolean crossover;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = OutFormat.resolve(spec, format, out, Format.class); // -o x.json: json, unless --format says otherwise
    Loaded in = SourcePipeline.load(new SourceRequest(List.of(design), null, null, null, Topologies.RECOMMENDED, true,
        traffic));
    Loaded.Planned p = in.planned().orElseThrow(() -> new InputException(Location.of(design.toString()), "DESIGN",
        "compare works on a design (it compares the ways to connect its VPCs); for an estate use validate or reach"));
    Comparison.Report r = p.comparison().orElseThrow();
    int vpcs = NetworkCounts.of(p.base()).vpcs();
    String text = format == Format.json ? JsonText.json(CompareOutput.tree(vpcs, r))
        : format == Format.yaml ? JsonText.yaml(CompareOutput.tree(vpcs, r)) : CompareOutput.table(vpcs, r, crossover);
    if (out != null) {
      PlanCommand.writeOut(out, text);
      spec.commandLine().getErr().println("wrote the comparison (" + format + ") to " + out);
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(text);
      stdout.flush();
    }
    return ExitCodes.OK;
  }
}
