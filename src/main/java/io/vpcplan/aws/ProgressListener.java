package io.vpcplan.aws;

/** Told as a snapshot advances; called from worker threads, so implementations synchronize. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** A phase ("accounts", "account-regions") with this many steps begins. */
  default void phase(String name, int total) {}

  /** One step of the current phase finished. */
  default void step(boolean ok) {}

  /** The snapshot is over: clear the line. */
  default void done() {}
}
