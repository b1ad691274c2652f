package io.vpcplan.aws;

import io.vpcplan.change.Change;

/** Told as apply advances, step by step (from one thread). */
public interface ApplyListener {
  ApplyListener NONE = new ApplyListener() {};

  default void reading(int accountRegions) {}

  default void starting(int steps) {}

  default void finished(StepResult result) {}

  default void done() {}

  /** One step's end: done (with the AWS id), failed (why), or skipped (why). */
  record StepResult(Change change, Status status, String awsId, String message) {
    public enum Status { DONE, FAILED, SKIPPED }
  }
}
