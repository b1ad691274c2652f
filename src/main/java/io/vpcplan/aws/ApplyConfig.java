package io.vpcplan.aws;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How apply reaches AWS and how patient it is: the live settings (credentials, endpoint, retries),
 * whether the user named the regions (else the plan's and the state file's are read),
 * the role assumed in each of the plan's accounts ("" for one account with the caller's credentials), the plan whose ownership tags it looks for, the state file, whether owned resources no
 * longer planned are deleted, and the waiters' poll interval and limit.
 */
public record ApplyConfig(LiveConfig live, boolean regionsGiven, String roleName, String plan, Path stateFile, boolean prune, Duration pollInterval,
    Duration waitTimeout, boolean adaptiveRetry) {
  public static final Duration POLL = Duration.ofSeconds(5);
  public static final Duration WAIT = Duration.ofMinutes(15);

  public ApplyConfig(LiveConfig live, boolean regionsGiven, String roleName, String plan, Path stateFile, boolean prune,
      Duration pollInterval, Duration waitTimeout) {
    this(live, regionsGiven, roleName, plan, stateFile, prune, pollInterval, waitTimeout, true);
  }

  public ApplyConfig {
    roleName = roleName == null ? "" : roleName;
    if (pollInterval == null) pollInterval = POLL;
    if (waitTimeout == null) waitTimeout = WAIT;
  }
}
