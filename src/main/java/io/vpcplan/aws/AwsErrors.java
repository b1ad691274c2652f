package io.vpcplan.aws;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Sorts SDK failures into what the snapshot does next, and words them for the report. */
final class AwsErrors {
  private AwsErrors() {}

  enum Kind {
    /** The principal may not call this action: report the action, go on with the next call. */
    DENIED,
    /** The endpoint does not implement the action (EC2-compatible services): skip it, go on. */
    UNSUPPORTED,
    /** Every further call in this account-region would fail the same way: stop the region. */
    STOP,
    /** This call failed for its own reasons: report it, go on. */
    OTHER
  }

  private static final Set<String> DENIED = Set.of("UnauthorizedOperation", "Client.UnauthorizedOperation",
      "AccessDenied", "AccessDeniedException", "Client.AccessDenied");
  private static final Set<String> STOP = Set.of("AuthFailure", "OptInRequired", "InvalidClientTokenId",
      "UnrecognizedClientException", "SignatureDoesNotMatch", "ExpiredToken", "RequestExpired", "Blocked",
      "PendingVerification", "InvalidAccessKeyId");
  private static final Set<String> UNSUPPORTED = Set.of("InvalidAction", "UnsupportedOperation",
      "NotImplemented", "UnknownOperationException");

  static Kind classify(Throwable t) {
    AwsServiceException ase = service(t);
    if (ase == null) return Kind.STOP; // network, DNS, TLS, credentials: nothing more will work
    if (RetrySettings.isThrottling(ase)) return Kind.STOP; // retries already exhausted
    String code = code(ase);
    if (DENIED.contains(code)) return Kind.DENIED;
    if (STOP.contains(code)) return Kind.STOP;
    if (UNSUPPORTED.contains(code) || ase.statusCode() == 501) return Kind.UNSUPPORTED;
    return Kind.OTHER;
  }

  /** "UnauthorizedOperation: You are not authorized to perform this operation." (one sentence, short). */
  static String describe(Throwable t) {
    AwsServiceException ase = service(t);
    if (ase == null) {
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      String msg = t instanceof SdkClientException ? t.getMessage() : t.toString();
      if (root != t && root.getMessage() != null && (msg == null || !msg.contains(root.getMessage()))) {
        msg = msg + " (" + root.getMessage() + ")";
      }
      return shorten(msg);
    }
    String code = code(ase);
    String message = ase.awsErrorDetails() == null ? null : ase.awsErrorDetails().errorMessage();
    if (RetrySettings.isThrottling(ase)) {
      int attempts = ase.numAttempts() == null ? 1 : ase.numAttempts();
      return code + " (still throttled after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")";
    }
    return message == null || message.isBlank() ? code : code + ": " + shorten(message);
  }

  static AwsServiceException service(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof AwsServiceException ase) return ase;
    }
    return null;
  }

  static String code(AwsServiceException ase) {
    if (ase.awsErrorDetails() == null || ase.awsErrorDetails().errorCode() == null) {
      return "HTTP " + ase.statusCode();
    }
    return ase.awsErrorDetails().errorCode();
  }

  // The encoded authorization message EC2 appends is long and only useful through
  // sts:DecodeAuthorizationMessage; keep the first sentence.
  private static String shorten(String s) {
    if (s == null) return "";
    String one = s.strip().replaceAll("\\s+", " ");
    int enc = one.indexOf(" Encoded authorization failure message");
    if (enc > 0) one = one.substring(0, enc);
    return one.length() > 240 ? one.substring(0, 237) + "..." : one;
  }
}
