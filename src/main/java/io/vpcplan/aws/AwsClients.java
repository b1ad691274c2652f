package io.vpcplan.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds SDK clients that share one HTTP client, one retry policy and the endpoint overrides.
 * One EC2 client per account-region (each has its own credentials and region); the HTTP client is
 * shared and closed once, here. Apache's client rather than the URL-connection one: it pools
 * connections (sized to the parallelism) and sets TCP_NODELAY, so a request's headers and body do
 * not wait on the server's delayed ACK.
 */
public final class AwsClients implements AutoCloseable {
  private final SdkHttpClient http;
  private final URI ec2Endpoint;
  private final URI stsEndpoint;
  private final RetrySettings retry;

  private final boolean adaptive;

  public AwsClients(LiveConfig config) {
    this(config, false);
  }

  /** {@code adaptive}: the SDK's adaptive retry (client-side rate limiting), for apply's many writes. */
  public AwsClients(LiveConfig config, boolean adaptive) {
    this.adaptive = adaptive;
    this.http = ApacheHttpClient.builder()
        .maxConnections(Math.max(10, config.parallelism() * 2))
        .connectionTimeout(Duration.ofSeconds(10))
        .socketTimeout(Duration.ofSeconds(60))
        .build();
    this.ec2Endpoint = config.endpoint();
    this.stsEndpoint = config.effectiveStsEndpoint();
    this.retry = config.retry();
  }

  public Ec2Client ec2(String region, AwsCredentialsProvider credentials) {
    return ec2(region, credentials, override());
  }

  /** An EC2 client that retries only throttling: for creates that have no client token. */
  public Ec2Client ec2CreateOnce(String region, AwsCredentialsProvider credentials) {
    return ec2(region, credentials, ClientOverrideConfiguration.builder().retryStrategy(retry.toCreateOnceStrategy()).build());
  }

  private Ec2Client ec2(String region, AwsCredentialsProvider credentials, ClientOverrideConfiguration o) {
    var b = Ec2Client.builder().httpClient(http).region(Region.of(region)).credentialsProvider(credentials)
        .overrideConfiguration(o);
    if (ec2Endpoint != null) b.endpointOverride(ec2Endpoint);
    return b.build();
  }

  /** A RAM client; RAM shares go through the same endpoint override as EC2 (emulators serve both). */
  public software.amazon.awssdk.services.ram.RamClient ram(String region, AwsCredentialsProvider credentials) {
    var b = software.amazon.awssdk.services.ram.RamClient.builder()
        .httpClient(http)
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .overrideConfiguration(override());
    if (ec2Endpoint != null) b.endpointOverride(ec2Endpoint);
    return b.build();
  }

  /** True when --endpoint-url points the clients somewhere other than AWS. */
  public boolean endpointOverridden() {
    return ec2Endpoint != null;
  }

  /** A Direct Connect client; an endpoint override serves it too (emulators without it answer "not supported"). */
  public software.amazon.awssdk.services.directconnect.DirectConnectClient directConnect(String region,
      AwsCredentialsProvider credentials) {
    var b = software.amazon.awssdk.services.directconnect.DirectConnectClient.builder().httpClient(http)
        .region(Region.of(region)).credentialsProvider(credentials).overrideConfiguration(override());
    if (ec2Endpoint != null) b.endpointOverride(ec2Endpoint);
    return b.build();
  }

  public StsClient sts(String region, AwsCredentialsProvider credentials) {
    var b = StsClient.builder()
        .httpClient(http)
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .overrideConfiguration(override());
    if (stsEndpoint != null) b.endpointOverride(stsEndpoint);
    return b.build();
  }

  private ClientOverrideConfiguration override() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(adaptive ? retry.toAdaptiveStrategy() : retry.toStrategy()).build();
  }

  @Override
  public void close() {
    http.close();
  }
}
