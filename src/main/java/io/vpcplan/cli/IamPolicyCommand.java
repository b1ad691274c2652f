package io.vpcplan.cli;

import io.vpcplan.aws.IamPolicy;
import io.vpcplan.change.Desired;
import io.vpcplan.io.JsonText;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "iam-policy", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Print the least-privilege IAM policies `apply` needs for a design: one for the Network account, one "
        + "for the member accounts (accounts that need the same actions share a document).",
        "Derived from the steps apply would take for this design: reads, creates, tagging only on create, and "
            + "(with --prune) deletes only of resources tagged vpcplan:plan=<plan>, also of those the state file beside the"
            + " design records. Attach it to the role --role-name names."},
    exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:printed", "1:the output file could not be written", "2:usage error or unreadable input"})
public final class IamPolicyCommand implements Callable<Integer> {
  enum Format { text, json, yaml }

  @Parameters(arity = "1", paramLabel = "DESIGN", description = "The design apply would apply.")
  Path design;

  @Option(names = "--prune", description = "Include the deletes `apply --prune` makes.")
  boolean prune;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, or json/yaml when -o names a .json/.yaml file).", defaultValue = "text")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Mixin DesignOptions src;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = OutFormat.resolve(spec, format, out, Format.class); // -o x.json: json, unless --format says otherwise
    Loaded in = SourcePipeline.load(src.request(List.of(design)));
    if (in.planned().isEmpty()) {
      throw new InputException(Location.of(design.toString()), "DESIGN", "is not a design; iam-policy is for `apply`");
    }
    String plan = io.vpcplan.change.Ownership.planName(design);
    Path state = io.vpcplan.aws.StateFile.beside(design);
    Map<String, io.vpcplan.aws.StateFile.Entry> recorded;
    try {
      recorded = prune ? io.vpcplan.aws.StateFile.read(state) : Map.of();
    } catch (java.io.IOException e) {
      throw new InputException(Location.of(state.toString()), "state", "cannot be read (" + e.getMessage() + "); move it"
          + " aside: apply rebuilds it from the tags");
    }
    List<IamPolicy.Document> docs = IamPolicy.of(Desired.of(in.network(), plan), plan, prune, recorded);
    StringBuilder sb = new StringBuilder();
    if (format == Format.text) {
      sb.append("# apply assumes --role-name in each account: its trust policy must let your credentials call"
          + " sts:AssumeRole\n");
      for (IamPolicy.Document d : docs) {
        sb.append("# ").append(d.role()).append(": ").append(String.join(", ", d.accounts())).append('\n');
        sb.append(JsonText.json(d.policy()));
        if (!sb.toString().endsWith("\n")) sb.append('\n');
      }
    } else {
      List<Object> list = new ArrayList<>();
      for (IamPolicy.Document d : docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accounts", d.accounts());
        m.put("role", d.role());
        m.put("policy", d.policy());
        list.add(m);
      }
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("plan", plan);
      tree.put("policies", list);
      sb.append(format == Format.json ? JsonText.json(tree) : JsonText.yaml(tree));
    }
    if (out != null) {
      PlanCommand.writeOut(out, sb.toString());
      spec.commandLine().getErr().println("wrote the IAM policies (" + format + ") to " + out);
    } else {
      PrintWriter w = spec.commandLine().getOut();
      w.print(sb);
      w.flush();
    }
    return ExitCodes.OK;
  }
}
