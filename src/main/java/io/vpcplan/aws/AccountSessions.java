package io.vpcplan.aws;

import io.vpcplan.model.RunFailedException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Which accounts to read and with which credentials: the account of the base credentials (from
 * sts:GetCallerIdentity), one account named by the user, or a role assumed in each listed account
 * (except the caller's own, which is read with the base credentials).
 */
final class AccountSessions implements AutoCloseable {
  static final String SESSION_NAME = "vpcplan-snapshot";

  /** An account to read; {@code credentials} still has to prove itself (the role is assumed lazily). */
  record Target(String account, AwsCredentialsProvider credentials, String roleArn) {
    boolean assumesRole() {
      return roleArn != null;
    }
  }

  private final LiveConfig config;
  private final AwsCredentialsProvider base;
  private final StsClient sts;
  private final List<StsAssumeRoleCredentialsProvider> opened = new ArrayList<>();

  AccountSessions(LiveConfig config, AwsClients clients, AwsCredentialsProvider base, String homeRegion) {
    this.config = config;
    this.base = base;
    this.sts = clients.sts(homeRegion, base);
  }

  List<Target> targets(String homeRegion) {
    if (config.accounts().isEmpty()) return List.of(new Target(callerAccount(true), base, null));
    if (config.roleName().isEmpty()) return List.of(new Target(config.accounts().get(0), base, null));
    String caller = callerAccount(false);
    String partition = partition(homeRegion);
    List<Target> out = new ArrayList<>();
    for (String account : config.accounts().stream().distinct().sorted().toList()) {
      if (account.equals(caller)) {
        out.add(new Target(account, base, null));
        continue;
      }
      String arn = "arn:" + partition + ":iam::" + account + ":role/" + config.roleName();
      var provider = StsAssumeRoleCredentialsProvider.builder()
          .stsClient(sts)
          .refreshRequest(r -> {
            r.roleArn(arn).roleSessionName(SESSION_NAME);
            if (!config.externalId().isEmpty()) r.externalId(config.externalId());
          })
          .build();
      synchronized (opened) {
        opened.add(provider);
      }
      out.add(new Target(account, provider, arn));
    }
    return out;
  }

  /** The caller's account; when {@code required}, failing to learn it ends the run. */
  private String callerAccount(boolean required) {
    try {
      return sts.getCallerIdentity().account();
    } catch (RuntimeException e) {
      if (!required) return null;
      throw new RunFailedException("cannot tell which account the credentials belong to: sts:GetCallerIdentity"
          + " failed (" + AwsErrors.describe(e) + "); name the account with --accounts ACCOUNT, or point"
          + " --sts-endpoint-url at an STS endpoint");
    }
  }

  static String partition(String region) {
    try {
      RegionMetadata m = Region.of(region).metadata();
      if (m != null && m.partition() != null) return m.partition().id();
    } catch (RuntimeException ignored) {
      // unknown region names (EC2-compatible endpoints) fall through
    }
    if (region.startsWith("cn-")) return "aws-cn";
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
  }

  @Override
  public void close() {
    synchronized (opened) {
      opened.forEach(StsAssumeRoleCredentialsProvider::close);
    }
    sts.close();
  }
}
