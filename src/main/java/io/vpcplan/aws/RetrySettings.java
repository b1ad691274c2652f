package io.vpcplan.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How hard to retry: EC2 throttles per account and region ({@code RequestLimitExceeded}), so a
 * large snapshot must back off and try again rather than fail. Tests use tiny delays.
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration throttlingBaseDelay, Duration maxBackoff) {
  public static final RetrySettings DEFAULT =
      new RetrySettings(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20));

  public RetrySettings {
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("max attempts must be 1 to 100, got " + maxAttempts);
    }
    if (baseDelay.isNegative() || throttlingBaseDelay.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
  }

  public static RetrySettings fast(int maxAttempts) {
    Duration ms = Duration.ofMillis(1);
    return new RetrySettings(maxAttempts, ms, ms, Duration.ofMillis(5));
  }

  public RetrySettings withMaxAttempts(int n) {
    return new RetrySettings(n, baseDelay, throttlingBaseDelay, maxBackoff);
  }

  /**
   * The SDK's standard strategy (which already retries 5xx, clock skew and its list of throttling
   * codes) with RequestLimitExceeded named explicitly, our attempt count and delays, and without
   * the retry-quota circuit breaker: a read-only snapshot would rather wait than give up.
   */
  public RetryStrategy toStrategy() {
    return ours(AwsRetryStrategy.standardRetryStrategy().toBuilder()).circuitBreakerEnabled(false).build();
  }

  /**
   * For apply: the SDK's adaptive strategy, which also slows the client itself down when EC2
   * throttles (many writes in one account and region), with our attempts and delays.
   */
  public RetryStrategy toAdaptiveStrategy() {
    return ours(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()).build();
  }

  /**
   * For calls that create and take no client token (CreateVpc, CreateSubnet …): a throttled call
   * did nothing and is retried; a 500 or a reset connection may have created the resource, so it
   * is not retried here: apply looks for the resource by its tags before trying again.
   */
  public RetryStrategy toCreateOnceStrategy() {
    return ours(software.amazon.awssdk.retries.StandardRetryStrategy.builder()).circuitBreakerEnabled(false)
        .useClientDefaults(false) // else the client adds its own conditions back (5xx, I/O errors)
        .build();
  }

  /** Our attempts and delays, and RequestLimitExceeded retried as throttling, on any strategy's builder. */
  private <B extends RetryStrategy.Builder<B, ?>> B ours(B b) {
    return b.maxAttempts(maxAttempts)
        .backoffStrategy(BackoffStrategy.exponentialDelay(baseDelay, max(baseDelay)))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(throttlingBaseDelay, max(throttlingBaseDelay)))
        .retryOnException(RetrySettings::isThrottling)
        .treatAsThrottling(RetrySettings::isThrottling);
  }

  private Duration max(Duration base) {
    return maxBackoff.compareTo(base) < 0 ? base : maxBackoff;
  }

  static boolean isThrottling(Throwable t) {
    if (!(t instanceof SdkServiceException e)) return false;
    if (e.isThrottlingException()) return true;
    return e instanceof AwsServiceException ase
        && ase.awsErrorDetails() != null
        && "RequestLimitExceeded".equals(ase.awsErrorDetails().errorCode());
  }
}
