package io.vpcplan.cli;

import io.vpcplan.model.Suggest;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.analysis.Validator;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.io.AtomicFiles;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check existing networks for CIDR conflicts, AWS rules and quotas.",
        "SOURCE: an aws_configs folder (or its parent), a describe-* JSON file, an LZA network-config.yaml, or a design "
            + "(planned with its lock file, which is read, never written)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no error findings", "1:error findings, or the output file could not be written", "2:usage error or unreadable input"})
public final class ValidateCommand implements Callable<Integer> {
  enum Format { table, json, yaml, sarif }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SourceOptions src;

  @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "What to validate; several are merged.")
  List<Path> sources = new ArrayList<>();

  @Option(names = "--live", description = "Also read live AWS accounts through the SDK (see the live options below).")
  boolean liveRead;

  @Mixin LiveOptions live;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
      description = "table, json, yaml or sarif (default: ${DEFAULT-VALUE}, or the format a .json, .yaml or .sarif -o file names).")
  Format format;

  @Option(names = "--min-severity", defaultValue = "info", paramLabel = "LEVEL",
      description = "Show findings at least this severe: error, warning or info (default: ${DEFAULT-VALUE}).")
  String minSeverity;

  @Option(names = "--suppress", split = ",", paramLabel = "CODE", description = "Hide findings with these codes.")
  List<String> suppress = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    format = OutFormat.resolve(spec, format, output, Format.class); // -o x.json: json, unless --format says otherwise
    Severity min = Severity.parse(minSeverity).orElseThrow(() -> new InputException(Location.NONE, "--min-severity",
        "'" + minSeverity + "' is not a severity; use error, warning or info"));
    Set<Code> hidden = codes(suppress);
    if (sources.isEmpty() && !liveRead) {
      throw new InputException(Location.NONE, "SOURCE", "give what to validate (an aws_configs folder, describe-* JSON, "
          + "an LZA network-config.yaml or a design), or --live to read AWS accounts");
    }
    if (!liveRead) live.refuseWithoutLive();
    List<Path> all0 = new ArrayList<>(sources);
    Path tmp = liveRead ? LiveRead.tempDir() : null;
    Loaded inv;
    try {
      if (tmp != null) all0.add(LiveRead.into(tmp, live, spec.commandLine().getErr()).configsDir());
      inv = SourcePipeline.load(src.request(all0));
    } finally {
      if (tmp != null) LiveRead.delete(tmp);
    }
    List<Finding> all = new ArrayList<>(inv.findings());
    all.addAll(Validator.validate(inv.network()));
    all.sort(Finding.ORDER);
    List<Finding> shown = new ArrayList<>();
    int suppressed = 0;
    int[] below = new int[3];
    for (Finding f : all) {
      if (hidden.contains(f.code())) suppressed++;
      else if (f.severity().atLeast(min)) shown.add(f);
      else below[f.severity().ordinal()]++;
    }
    if (format == Format.json) {
      // streamed: at 100,000 VPCs the findings are tens of MB, never held as one string
      if (output != null) {
        int hiddenCount = suppressed;
        AtomicFiles.write(output, out -> FindingsJson.write(out, shown, hiddenCount, below, inv.counts()));
        spec.commandLine().getErr().println("wrote " + format + " findings (" + shown.size() + " shown) to " + output);
      } else {
        PrintWriter out = spec.commandLine().getOut();
        try (com.fasterxml.jackson.core.JsonGenerator g = FindingsJson.generator(out)) {
          g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          FindingsJson.write(g, shown, suppressed, below, inv.counts());
        }
        out.print('\n');
      }
    } else {
      String text = switch (format) {
        case table -> "Checked " + inv.counts().describe() + "\n\n" + FindingsTable.render(shown, suppressed, below, min);
        case json -> throw new IllegalStateException("streamed above");
        case yaml -> yaml(shown, suppressed, below, inv.counts());
        case sarif -> FindingsSarif.render(shown, new VersionProvider().getVersion()[0].replace("vpcplan ", ""));
      };
      if (output != null) {
        AtomicFiles.writeString(output, text);
        spec.commandLine().getErr().println("wrote " + format + " findings (" + shown.size() + " shown) to " + output);
      } else {
        spec.commandLine().getOut().print(text);
      }
    }
    spec.commandLine().getOut().flush();
    boolean errors = all.stream().anyMatch(f -> f.severity() == Severity.ERROR && !hidden.contains(f.code()));
    return errors ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** The JSON report's tree written straight as YAML (no JSON text in between). */
  private static String yaml(List<Finding> shown, int suppressed, int[] below, io.vpcplan.model.NetworkCounts counts)
      throws java.io.IOException {
    java.io.StringWriter w = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = io.vpcplan.io.JsonText.yamlGenerator(w)) {
      FindingsJson.write(g, shown, suppressed, below, counts);
    }
    return w.toString();
  }

  static Set<Code> codes(List<String> names) {
    Set<Code> out = EnumSet.noneOf(Code.class);
    List<String> all = Arrays.stream(Code.values()).map(Code::name).toList();
    for (String n : names) {
      String s = n.strip().toUpperCase(java.util.Locale.ROOT);
      if (s.isEmpty()) continue;
      if (!all.contains(s)) {
        throw new InputException(Location.NONE, "--suppress", "unknown finding code '" + n + "'" + Suggest.hint(s, all));
      }
      out.add(Code.valueOf(s));
    }
    return out;
  }
}
