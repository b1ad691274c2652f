package io.vpcplan.aws.fake;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ram.RamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Real SDK clients pointed at a {@link FakeCloud}, signed as one account (the caller's base key,
 * or the key an assumed role in that account would get). One Apache HTTP client, closed here.
 */
public final class FakeClients implements AutoCloseable {
  private final FakeCloud cloud;
  private final SdkHttpClient http = ApacheHttpClient.builder().build();
  private final int attempts;

  /** {@code attempts} = 1: no SDK retries; more: the SDK's standard retry with millisecond backoff. */
  public FakeClients(FakeCloud cloud, int attempts) {
    this.cloud = cloud;
    this.attempts = attempts;
  }

  public static StaticCredentialsProvider credentials(String account) {
    AwsCredentials c = account.equals(FakeCloud.CALLER) ? AwsBasicCredentials.create(FakeCloud.BASE_KEY, "secret")
        : AwsSessionCredentials.create("ASIAFAKE" + account, "secret", "token-" + account);
    return StaticCredentialsProvider.create(c);
  }

  private ClientOverrideConfiguration override() {
    RetryStrategy retry = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts)
        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(5)))
        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(1), Duration.ofMillis(5)))
        .circuitBreakerEnabled(false).build();
    return ClientOverrideConfiguration.builder().retryStrategy(retry).build();
  }

  public Ec2Client ec2(String account, String region) {
    return Ec2Client.builder().httpClient(http).region(Region.of(region)).credentialsProvider(credentials(account))
        .endpointOverride(cloud.endpoint()).overrideConfiguration(override()).build();
  }

  public RamClient ram(String account, String region) {
    return RamClient.builder().httpClient(http).region(Region.of(region)).credentialsProvider(credentials(account))
        .endpointOverride(cloud.endpoint()).overrideConfiguration(override()).build();
  }

  public StsClient sts(String region) {
    return StsClient.builder().httpClient(http).region(Region.of(region))
        .credentialsProvider(credentials(FakeCloud.CALLER)).endpointOverride(cloud.endpoint())
        .overrideConfiguration(override()).build();
  }

  @Override
  public void close() {
    http.close();
  }
}
