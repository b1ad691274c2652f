package io.vpcplan.aws;

import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The call discipline of apply's steps: every call names its IAM action (so a refusal names what
 * is missing), and a create without a client token is preceded by a look-up by tags and, after an
 * answer that leaves it unknown whether AWS acted (a 5xx, a reset connection), followed by the
 * look-up again before it is tried once more. So a lost answer never makes a second resource.
 */
final class StepCalls {
  static final int CREATE_ATTEMPTS = 4;
  private String action = "";

  /** The IAM action of the call in flight or last made ("ec2:CreateVpc"). */
  String action() {
    return action;
  }

  <T> T call(String iamAction, Supplier<T> call) {
    action = iamAction;
    return call.get();
  }

  void run(String iamAction, Runnable call) {
    action = iamAction;
    call.run();
  }

  String createOnce(String iamAction, Supplier<Optional<String>> find, Supplier<String> create) {
    Optional<String> found = find.get();
    if (found.isPresent()) return found.get();
    for (int attempt = 1; ; attempt++) {
      try {
        action = iamAction;
        return create.get();
      } catch (SdkException e) {
        if (!ambiguous(e) || attempt >= CREATE_ATTEMPTS) throw e;
        found = find.get();
        if (found.isPresent()) return found.get();
      }
    }
  }

  /** True when AWS may or may not have acted: a server error or no answer at all (not a throttle: that did nothing). */
  static boolean ambiguous(SdkException e) {
    var ase = AwsErrors.service(e);
    if (ase == null) return true;
    if (RetrySettings.isThrottling(ase)) return true;
    return ase.statusCode() >= 500;
  }
}
