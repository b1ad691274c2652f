package io.vpcplan.aws;

import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * What to read from live AWS and how.
 *
 * @param profile named profile of ~/.aws/config, or "" for the default credential chain
 * @param regions regions to read (at least one unless {@code allRegions}); with {@code allRegions}
 *     the first, if any, is where STS and ec2:DescribeRegions are called
 * @param allRegions read every region enabled in each account (ec2:DescribeRegions)
 * @param accounts accounts to read; empty means the account of the credentials
 * @param roleName role assumed in each of {@code accounts}; "" means use the credentials as they are
 * @param externalId external id passed to sts:AssumeRole, or ""
 * @param endpoint EC2 endpoint override (an EC2-compatible service), or null
 * @param stsEndpoint STS endpoint override, or null (then {@code endpoint} serves STS too)
 * @param parallelism account-regions read at once
 * @param retry retry policy for throttling and transient errors
 * @param credentials explicit base credentials (tests, embedding); null means profile or default chain
 */
public record LiveConfig(String profile, List<String> regions, boolean allRegions, List<String> accounts,
    String roleName, String externalId, URI endpoint, URI stsEndpoint, int parallelism, RetrySettings retry,
    AwsCredentialsProvider credentials) {

  public static final int MAX_PARALLELISM = 64;

  public LiveConfig {
    profile = profile == null ? "" : profile;
    regions = regions == null ? List.of() : List.copyOf(regions);
    accounts = accounts == null ? List.of() : List.copyOf(accounts);
    roleName = roleName == null ? "" : roleName;
    externalId = externalId == null ? "" : externalId;
    retry = retry == null ? RetrySettings.DEFAULT : retry;
    for (String r : regions) {
      if (!AccountRegion.isRegionName(r)) throw new IllegalArgumentException("not a region name: '" + r + "'");
    }
    for (String a : accounts) {
      if (!AccountRegion.isAccountId(a)) throw new IllegalArgumentException("not a 12-digit account id: '" + a + "'");
    }
    if (regions.isEmpty() && !allRegions) {
      throw new IllegalArgumentException("no region to read: name regions or ask for all of them");
    }
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("parallelism must be 1 to " + MAX_PARALLELISM + ", got " + parallelism);
    }
    if (accounts.size() > 1 && roleName.isEmpty()) {
      throw new IllegalArgumentException("several accounts need a role to assume in each (--role-name)");
    }
    if (!roleName.isEmpty() && accounts.isEmpty()) {
      throw new IllegalArgumentException("a role name needs the accounts to assume it in (--accounts)");
    }
  }

  /** The default credential chain, the given regions, the account of the credentials. */
  public static LiveConfig of(List<String> regions) {
    return new LiveConfig("", regions, false, List.of(), "", "", null, null, 8, RetrySettings.DEFAULT, null);
  }

  public LiveConfig withCredentials(AwsCredentialsProvider c) {
    return new LiveConfig(profile, regions, allRegions, accounts, roleName, externalId, endpoint, stsEndpoint,
        parallelism, retry, c);
  }

  public LiveConfig withEndpoints(URI ec2, URI sts) {
    return new LiveConfig(profile, regions, allRegions, accounts, roleName, externalId, ec2, sts, parallelism,
        retry, credentials);
  }

  public LiveConfig withAccounts(List<String> accountIds, String role) {
    return new LiveConfig(profile, regions, allRegions, accountIds, role, externalId, endpoint, stsEndpoint,
        parallelism, retry, credentials);
  }

  public LiveConfig withRetry(RetrySettings r) {
    return new LiveConfig(profile, regions, allRegions, accounts, roleName, externalId, endpoint, stsEndpoint,
        parallelism, r, credentials);
  }

  public LiveConfig withParallelism(int n) {
    return new LiveConfig(profile, regions, allRegions, accounts, roleName, externalId, endpoint, stsEndpoint, n,
        retry, credentials);
  }

  public LiveConfig withAllRegions() {
    return new LiveConfig(profile, regions, true, accounts, roleName, externalId, endpoint, stsEndpoint,
        parallelism, retry, credentials);
  }

  /** STS goes to its own override, else to the EC2 override (one endpoint serving both, as in tests). */
  public URI effectiveStsEndpoint() {
    return stsEndpoint != null ? stsEndpoint : endpoint;
  }
}
