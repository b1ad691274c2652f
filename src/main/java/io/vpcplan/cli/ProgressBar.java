package io.vpcplan.cli;

import io.vpcplan.aws.ProgressListener;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; only when a person is watching a terminal. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private String phase = "";
  private int total;
  private int done;
  private int notOk;
  private int lastLength;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  static ProgressListener forTerminal(PrintWriter err) {
    return System.console() != null ? new ProgressBar(err) : ProgressListener.NONE;
  }

  @Override
  public synchronized void phase(String name, int steps) {
    phase = name;
    total = steps;
    done = 0;
    notOk = 0;
    render();
  }

  @Override
  public synchronized void step(boolean ok) {
    done++;
    if (!ok) notOk++;
    render();
  }

  @Override
  public synchronized void done() {
    err.print("\r" + " ".repeat(lastLength) + "\r");
    err.flush();
  }

  private void render() {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + phase
        + (notOk > 0 ? " (" + notOk + " not ok)" : "");
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    err.flush();
    lastLength = line.length();
  }
}
