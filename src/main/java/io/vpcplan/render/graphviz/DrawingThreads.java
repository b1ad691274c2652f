package io.vpcplan.render.graphviz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Where drawings run. graphviz-java starts the embedded engine on the thread that calls
 * Graphviz.useEngine and keeps its V8 in a ThreadLocal, so starting it "in the background" needs a
 * thread of our own that later draws too. The thread is started ahead by {@link #prestart}; the
 * drawings of one {@link #startAll} all run on it, one after the other, with one V8 (renewed
 * between drawings, see GraphvizRenderer#drawHere), and the thread ends after the last.
 *
 * <p>The drawings take turns, also across calls, in the order they were asked for: graphviz-java
 * gives the started engine to the first drawing that asks and makes a second one asking at the
 * same moment wait for an engine that never comes, and it measures each font once per process (a
 * static set) and tells only the engine drawing at that moment; in turn, every SVG is what a
 * sequential run draws, byte for byte.
 */
final class DrawingThreads {
  private DrawingThreads() {}

  /** One drawing; it waits for {@code turn} before it asks graphviz-java to draw; {@code last} on its thread. */
  interface Task {
    byte[] draw(Future<?> turn, boolean last) throws Exception;
  }

  private static ExecutorService ahead;
  private static CompletableFuture<Void> lastTurn = CompletableFuture.completedFuture(null);

  /** Starts a thread that runs {@code start} now; the next drawing runs on it. */
  static synchronized void prestart(Runnable start) {
    if (ahead != null) return;
    ahead = newThread();
    ahead.submit(start);
  }

  /**
   * Starts the drawings on the thread started ahead (starting it now if need be), one after the
   * other, and returns at once; the supplier waits for the results, in the order given.
   */
  static Supplier<List<Drawing>> startAll(List<Task> drawings, Runnable start) {
    List<Future<byte[]>> results = new ArrayList<>();
    synchronized (DrawingThreads.class) {
      prestart(start);
      for (int i = 0; i < drawings.size(); i++) {
        Task d = drawings.get(i);
        boolean last = i == drawings.size() - 1;
        CompletableFuture<Void> turn = lastTurn;
        CompletableFuture<Void> done = new CompletableFuture<>();
        lastTurn = done;
        results.add(ahead.submit(() -> {
          try {
            return d.draw(turn, last);
          } finally {
            done.complete(null);
          }
        }));
      }
      ahead.shutdown(); // the thread ends with its last drawing
      ahead = null;
    }
    return () -> {
      List<Drawing> out = new ArrayList<>();
      for (Future<byte[]> r : results) out.add(result(r));
      return out;
    };
  }

  /** Waits for {@code f}; its failure is not this caller's (it shows where it happened). */
  static void await(Future<?> f) throws InterruptedException {
    try {
      f.get();
    } catch (ExecutionException e) {
      // reported where it happened
    }
  }

  private static Drawing result(Future<byte[]> r) {
    try {
      return new Drawing(r.get(), null);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RenderUnavailableException u) return new Drawing(null, u);
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error er) throw er;
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing", e);
    }
  }

  private static ExecutorService newThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vpcplan-graphviz");
      t.setDaemon(true);
      return t;
    });
  }
}
