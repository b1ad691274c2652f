package io.vpcplan.render.graphviz;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizCmdLineEngine;
import guru.nidi.graphviz.engine.GraphvizEngine;
import guru.nidi.graphviz.engine.GraphvizException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Renders DOT text to SVG or PNG through graphviz-java: with the {@code dot} program when one is
 * on the PATH, else with the embedded engine (Graphviz compiled to JavaScript, run in J2V8's V8,
 * whose native library for linux-x86_64 comes with graphviz-java and is unpacked under the user's cache
 * directory, see {@link NativeCache}). PNG is drawn from the SVG
 * inside the JVM ({@link PngRasterizer}). The engine is chosen once per process; graphviz-java keeps it in a static.
 */
public final class GraphvizRenderer {
  public enum OutputFormat {
    SVG,
    PNG
  }

  /** AUTO: a {@code dot} on the PATH when there is one, else the embedded engine. */
  public enum Engine {
    AUTO,
    DOT,
    EMBEDDED
  }

  private static Engine choice = Engine.AUTO;
  private static String searchPath = System.getenv("PATH");
  private static String engineName;
  private static Throwable startFailure;
  /** The embedded engine when it is the one in use, else null; its V8 lives per thread. */
  private static RenewableV8Engine embeddedEngine;
  /** True on the thread whose V8 the last start() started (useEngine starts it on the calling thread). */
  private static final ThreadLocal<Boolean> startedHere = ThreadLocal.withInitial(() -> false);
  /** True on a thread whose V8 has drawn (or tried to): the next drawing there renews it first. */
  private static final ThreadLocal<Boolean> drewHere = ThreadLocal.withInitial(() -> false);
  /** Embedded engines started in this process (each start of V8 costs about a second). */
  static int embeddedStarts;
  /** Embedded engines renewed for another drawing instead of started anew. */
  static int renewals;

  private GraphvizRenderer() {}

  /** Renders {@code dot}; the PNG is scaled by {@code scale} (1 = 72 dpi). */
  public static byte[] render(String dot, OutputFormat format, double scale) throws RenderUnavailableException {
    return renderAll(List.of(dot), format, scale).get(0).get();
  }

  /** Renders each DOT text, one after the other on one drawing thread and engine; results in the order given. */
  public static List<Drawing> renderAll(List<String> dots, OutputFormat format, double scale) {
    Supplier<List<Drawing>> drawings = startAll(dots, format, scale);
    if (embeddedLikely()) FontWarmup.run(); // this thread would only wait while V8 starts
    return drawings.get();
  }

  /**
   * The embedded engine will draw (no dot on the PATH), judged without the lock, which the engine's
   * start holds for a second or more.
   */
  private static boolean embeddedLikely() {
    Engine c = choice;
    String path = searchPath;
    return c == Engine.EMBEDDED || c == Engine.AUTO && Engines.dotOnPath(path) == null;
  }

  /** {@link #renderAll}, returning at once: the caller can work on while the drawings are made. */
  public static Supplier<List<Drawing>> startAll(List<String> dots, OutputFormat format, double scale) {
    List<DrawingThreads.Task> work = new ArrayList<>();
    for (String dot : dots) work.add((turn, last) -> drawHere(dot, format, scale, turn, last));
    return DrawingThreads.startAll(work, GraphvizRenderer::prestartHere);
  }

  /**
   * One drawing on the calling thread, with a Graphviz module that has drawn nothing else: the
   * embedded Graphviz keeps its heap between drawings, and its layout depends on heap addresses
   * (cgraph orders subgraphs by the address of their interned names), so the second drawing of one
   * DOT text on a module can differ from the first. A V8 that drew before is renewed first (a new
   * module, as a newly started engine has: {@link RenewableV8Engine}); the engine this thread
   * started is released after its {@code last} drawing. The drawings take turns (see DrawingThreads).
   */
  private static byte[] drawHere(String dot, OutputFormat format, double scale, Future<?> turn, boolean last)
      throws RenderUnavailableException, InterruptedException {
    start();
    String svg;
    RenewableV8Engine v8 = embeddedEngine;
    try {
      if (v8 != null && !startedHere.get()) startHere(v8);
      DrawingThreads.await(turn);
      if (v8 != null && drewHere.get()) renew(v8);
      svg = svgWithMemoryRetry(dot);
      drewHere.set(true);
    } catch (RuntimeException | LinkageError e) {
      if (notStarted(e)) throw unavailable(e);
      drewHere.set(true); // the module may have run part of it
      throw new RenderUnavailableException("Graphviz (" + engineName + ") failed to lay out the drawing: "
          + rootMessage(e), e);
    } finally {
      if (last) {
        startedHere.remove();
        drewHere.remove();
        if (v8 != null) v8.close(); // this thread's V8 only
      }
    }
    try {
      if (format == OutputFormat.SVG) return svg.getBytes(StandardCharsets.UTF_8);
      return PngRasterizer.png(svg, scale);
    } catch (IOException e) {
      throw new RenderUnavailableException("could not write the " + format + " image: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new RenderUnavailableException("Graphviz (" + engineName + ") failed to lay out the drawing: "
          + rootMessage(e), e);
    }
  }

  private static void renew(RenewableV8Engine v8) {
    synchronized (GraphvizRenderer.class) {
      renewals++;
    }
    v8.renew();
  }

  /** Starts V8 for this thread (graphviz-java keeps one per thread); a failure shows at the drawing. */
  private static void startHere(RenewableV8Engine v8) {
    synchronized (GraphvizRenderer.class) {
      embeddedStarts++;
    }
    startedHere.set(true);
    v8.init(e -> { }, e -> { });
  }

  /**
   * True when no engine ever started: graphviz-java starts engines in the background and says so
   * only at the first drawing. Remembered, so later drawings fail the same way at once.
   */
  private static synchronized boolean notStarted(Throwable e) {
    if (!(e instanceof GraphvizException) || e.getMessage() == null) return false;
    if (!e.getMessage().startsWith("None of the provided engines") && !e.getMessage().startsWith("Initializing")) {
      return false;
    }
    startFailure = e;
    return true;
  }

  public static String svg(String dot) throws RenderUnavailableException {
    return new String(render(dot, OutputFormat.SVG, 1), StandardCharsets.UTF_8);
  }

  /** {@link #renderAll} as SVG. */
  public static List<Drawing> svgAll(List<String> dots) {
    return renderAll(dots, OutputFormat.SVG, 1);
  }

  /** {@link #startAll} as SVG. */
  public static Supplier<List<Drawing>> startSvgs(List<String> dots) {
    return startAll(dots, OutputFormat.SVG, 1);
  }

  /**
   * Starts the engine now, in the background, so that V8 starts while the caller loads and plans
   * on the other core; a failure shows at the first drawing, as without it.
   */
  public static void prestart() {
    DrawingThreads.prestart(GraphvizRenderer::prestartHere);
  }

  /** Chooses and starts the engine, and on the embedded one starts this thread's V8 when it was chosen earlier. */
  private static void prestartHere() {
    try {
      start();
      if (embeddedEngine != null && !startedHere.get()) startHere(embeddedEngine);
    } catch (RenderUnavailableException e) {
      // reported by the drawing
    }
  }

  /** Which engine is chosen ("dot on the PATH" or "embedded (J2V8)"), starting it if needed. */
  public static String engine() throws RenderUnavailableException {
    start();
    return engineName;
  }

  /**
   * Chooses the engine for the next drawing; {@code path} is where to look for {@code dot} (the
   * PATH value; tests pass their own).
   */
  public static synchronized void configure(Engine engine, String path) {
    if (engine != choice || !java.util.Objects.equals(path, searchPath)) {
      choice = engine;
      searchPath = path;
      engineName = null;
      startFailure = null;
    }
  }

  private static synchronized void start() throws RenderUnavailableException {
    if (engineName == null && startFailure == null) {
      String dot = choice == Engine.EMBEDDED ? null : Engines.dotOnPath(searchPath);
      List<GraphvizEngine> engines = new ArrayList<>();
      if (dot != null) engines.add(new GraphvizCmdLineEngine().searchPath(new File(dot).getParent()));
      String cache = choice == Engine.DOT ? null : NativeCache.prepared();
      if (choice != Engine.DOT && dot == null) CachedV8Library.load(cache);
      RenewableV8Engine v8 = choice == Engine.DOT ? null : new RenewableV8Engine(cache);
      if (v8 != null) engines.add(v8);
      if (engines.isEmpty()) {
        startFailure = new IllegalStateException("no 'dot' program on the PATH");
      } else {
        useEngines(engines, dot != null ? "dot (" + dot + ")" : "embedded (J2V8)");
        embeddedEngine = dot == null ? v8 : null;
        startedHere.set(embeddedEngine != null);
        if (embeddedEngine != null) embeddedStarts++;
      }
    }
    if (startFailure != null) throw unavailable(startFailure);
  }

  private static RenderUnavailableException unavailable(Throwable cause) {
    return new RenderUnavailableException("no Graphviz engine could start (" + rootMessage(cause)
        + "); install Graphviz so that 'dot' is on the PATH, or use --format dot", cause);
  }

  /**
   * Starts the given engines (first that works wins) in the background; a failure shows at the
   * first drawing. No probe drawing: on the embedded engine it would cost a second start of V8,
   * since each drawing needs a module that has drawn nothing before (see drawHere).
   */
  static synchronized void useEngines(List<GraphvizEngine> engines, String name) {
    engineName = null;
    startFailure = null;
    try {
      Graphviz.useEngine(engines);
      engineName = name;
    } catch (RuntimeException | LinkageError e) {
      startFailure = e;
    }
  }

  /**
   * The embedded engine runs Graphviz compiled to JavaScript with a fixed heap: a large heap costs
   * seconds to set up on every drawing, a small one aborts on big graphs. Start small for the size
   * of the text and grow 4× on "Cannot enlarge memory arrays".
   */
  private static String svgWithMemoryRetry(String dot) {
    int mb = dot.length() < 100_000 ? 16 : 64;
    while (true) {
      try {
        return Graphviz.fromString(dot).totalMemory(mb * 1024 * 1024).render(Format.SVG).toString();
      } catch (RuntimeException e) {
        if (mb >= 1024 || !chain(e).contains("enlarge memory")) throw e;
        mb *= 4;
      }
    }
  }

  private static String chain(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null && sb.length() < 10_000; c = c.getCause() == c ? null : c.getCause()) {
      sb.append(c.getMessage()).append('\n');
    }
    return sb.toString();
  }

  private static String rootMessage(Throwable t) {
    Throwable r = t;
    while (r.getCause() != null && r.getCause() != r) r = r.getCause();
    String m = r.getMessage();
    return m == null || m.isBlank() ? r.getClass().getSimpleName() : m.strip();
  }
}
