package io.vpcplan.cli.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Watches a run's control connection. The launcher sends nothing after its request, so the end of
 * that stream means it went away (Ctrl-C, kill) before the run ended; then {@code gone} runs.
 */
final class LauncherWatch implements AutoCloseable {
  private final Thread thread;
  private volatile boolean over;

  LauncherWatch(Socket ctl, Runnable gone) throws IOException {
    ctl.setSoTimeout(0);
    InputStream in = ctl.getInputStream();
    thread = new Thread(() -> {
      try {
        while (in.read() >= 0) {
          // a stray byte is not expected but harmless
        }
      } catch (IOException closed) {
        // closed: the same as the end of the stream
      }
      if (!over) gone.run();
    }, "launcher-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** The run is over: the launcher closing the connection now is the normal end. */
  @Override
  public void close() {
    over = true;
  }

  void join(long ms) throws InterruptedException {
    thread.join(ms);
  }
}
