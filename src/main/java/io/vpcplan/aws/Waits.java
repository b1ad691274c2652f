package io.vpcplan.aws;

import io.vpcplan.model.RunFailedException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/** Polls until a resource reaches one of the wanted states; a timeout says what it waited for and what it saw. */
final class Waits {
  private final Duration interval;
  private final Duration timeout;

  Waits(Duration interval, Duration timeout) {
    this.interval = interval;
    this.timeout = timeout;
  }

  /** Returns the state reached; fails on a state in {@code failed} or at the timeout. */
  String until(String what, Supplier<String> state, Set<String> wanted, Set<String> failed) {
    long end = System.nanoTime() + timeout.toNanos();
    String now = "";
    while (true) {
      now = state.get();
      if (wanted.contains(now)) return now;
      if (failed.contains(now)) throw new RunFailedException(what + " is " + now + "; expected " + String.join(" or ", wanted));
      if (System.nanoTime() > end) {
        throw new RunFailedException("waited " + human(timeout) + " for " + what + " to become " + String.join(" or ",
            wanted) + "; it is still " + (now.isEmpty() ? "not visible" : now) + ". Re-run apply to continue from here");
      }
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunFailedException("interrupted while waiting for " + what);
      }
    }
  }

  private static String human(Duration d) {
    long s = d.toSeconds();
    return s >= 60 ? (s / 60) + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s") : d.toMillis() >= 1000 ? s + " s"
        : d.toMillis() + " ms";
  }
}
