package io.vpcplan.cli;

import io.vpcplan.io.AtomicFiles;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.RunFailedException;
import io.vpcplan.render.DiagramOptions;
import io.vpcplan.render.DiagramView;
import io.vpcplan.render.DotWriter;
import io.vpcplan.render.graphviz.GraphvizRenderer;
import io.vpcplan.render.graphviz.RenderUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Draw a network as Graphviz DOT, SVG or PNG.",
        "Views: overview (regions, accounts, TGWs, segments), segments (one cluster per TGW route table), "
            + "account NAME (its VPCs with subnets per AZ and tier), conflicts (only what collides)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:diagram written", "1:no Graphviz engine could run (the DOT text is written instead), or the file could not be written",
        "2:usage error or unreadable input"})
public final class DiagramCommand implements Callable<Integer> {
  enum Format { dot, svg, png }

  @Parameters(index = "0", paramLabel = "SOURCE",
      description = "A design, an aws_configs folder (or its parent), a describe-* JSON file or an LZA network-config.yaml.")
  Path source;

  @Option(names = "--view", paramLabel = "VIEW", parameterConsumer = ViewConsumer.class,
      description = "overview (default), segments, account NAME, conflicts.")
  String view = "overview";

  @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: from the -o extension, else svg).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = "Output file, written atomically; '-' writes DOT or SVG to standard output.")
  Path out;

  @Option(names = "--scale", paramLabel = "X", defaultValue = "1.5", description = "PNG scale (1 = 72 dpi; default: ${DEFAULT-VALUE}).")
  double scale;

  @Mixin RenderOptions render;

  @Mixin SourceOptions src;

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DiagramView v = parseView();
    Format f = format != null ? format : fromExtension(out);
    checkOut(f);
    if (f == Format.png && out.toString().equals("-")) {
      throw new InputException(Location.NONE, "-o", "PNG cannot go to standard output; give a file name");
    }
    if (scale <= 0 || scale > 8) throw new InputException(Location.NONE, "--scale", scale + " is out of range; use 0.1 to 8");
    render.threshold(); // refuses a negative --aggregate-above before anything is read
    if (f != Format.dot) render.prestartEngine(); // V8 starts while the design loads
    Loaded in = SourcePipeline.load(src.request(List.of(source)));
    Network network = in.network();
    String title = render.title != null ? render.title : source.getFileName() + " · " + v;
    String dot;
    try {
      dot = DotWriter.write(network, new DiagramOptions(v, render.threshold(), title));
    } catch (IllegalArgumentException e) {
      throw new InputException(Location.of(source.toString()), "--view", e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    SourceNote.print(err, in);
    String drawn = drawn(network, v, in);
    if (f == Format.dot) {
      emit(dot.getBytes(StandardCharsets.UTF_8));
      if (!out.toString().equals("-")) err.println("wrote " + v + " diagram (dot, " + drawn + ") to " + out);
      return ExitCodes.OK;
    }
    byte[] bytes;
    try {
      bytes = GraphvizRenderer.render(dot, f == Format.svg ? GraphvizRenderer.OutputFormat.SVG
          : GraphvizRenderer.OutputFormat.PNG, scale);
    } catch (RenderUnavailableException e) {
      Path dotFile = withExtension(out.toString().equals("-") ? Path.of("diagram") : out, ".dot");
      AtomicFiles.writeString(dotFile, dot);
      throw new RunFailedException("cannot draw " + f + ": " + e.getMessage() + ". Wrote the DOT text to " + dotFile
          + "; render it elsewhere with 'dot -T" + f + " " + dotFile + "'");
    }
    emit(bytes);
    if (!out.toString().equals("-")) {
      err.println("wrote " + v + " diagram (" + f + ", " + drawn + ") to " + out);
    }
    return ExitCodes.OK;
  }

  /** "52 VPCs (+ 3 inspection VPCs)" for the whole network; "1 of 14 VPCs" for a view that draws part of it. */
  private String drawn(Network network, DiagramView v, Loaded in) {
    long n = DotWriter.drawnVpcs(network, new DiagramOptions(v, render.threshold(), ""));
    long all = network.vpcs().size();
    return n == all ? in.counts().vpcsText() : n + " of " + in.counts().vpcsText();
  }

  private DiagramView parseView() {
    try {
      return DiagramView.parse(view);
    } catch (IllegalArgumentException e) {
      throw new InputException(Location.NONE, "--view", e.getMessage());
    }
  }

  private void emit(byte[] bytes) throws IOException {
    if (out.toString().equals("-")) {
      PrintWriter o = spec.commandLine().getOut();
      o.print(new String(bytes, StandardCharsets.UTF_8));
      o.flush();
    } else {
      AtomicFiles.write(out, s -> s.write(bytes));
    }
  }

  static Format fromExtension(Path p) {
    String name = p.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) return Format.png;
    if (name.endsWith(".dot") || name.endsWith(".gv")) return Format.dot;
    return Format.svg;
  }

  /** A folder, or a file name whose extension says another format, is refused before anything is drawn. */
  private void checkOut(Format f) {
    if (out.toString().equals("-")) return;
    if (java.nio.file.Files.isDirectory(out)) {
      throw new InputException(Location.NONE, "-o", out + " is a folder; give a file name such as " + out.resolve("network." + f));
    }
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    boolean known = ext.equals("svg") || ext.equals("png") || ext.equals("dot") || ext.equals("gv");
    if (!ext.isEmpty() && !known) {
      throw new InputException(Location.NONE, "-o", "cannot write ." + ext + " files; use .svg, .png or .dot (or --format)");
    }
    if (known && format != null && fromExtension(out) != format) {
      throw new InputException(Location.NONE, "-o", out + " says ." + ext + " but --format is " + format
          + "; make them agree");
    }
  }

  static Path withExtension(Path p, String ext) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return p.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ext);
  }
}
