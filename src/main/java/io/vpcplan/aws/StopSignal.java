package io.vpcplan.aws;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for apply: the shutdown hook asks to stop and waits while the step in flight finishes
 * and the state file is written; apply checks before each step and says when it has stopped.
 */
public final class StopSignal {
  private volatile boolean requested;
  private final CountDownLatch stopped = new CountDownLatch(1);

  public void request() {
    requested = true;
  }

  public boolean requested() {
    return requested;
  }

  /** Apply is no longer making calls (finished or stopped). */
  public void stopped() {
    stopped.countDown();
  }

  public boolean awaitStopped(long seconds) {
    try {
      return stopped.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
