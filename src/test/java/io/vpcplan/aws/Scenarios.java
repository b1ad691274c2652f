package io.vpcplan.aws;

import java.io.IOException;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The fake estates the tests snapshot, with the faults each one scripts. */
enum Scenarios {
  /**
   * Three accounts through a role: 111… (the caller, read with its own keys) has a full hub in
   * us-east-1 (paged VPCs, subnets and TGW associations) and one VPC in eu-west-1; 222… is
   * throttled twice on DescribeSubnets in us-east-1 and denied DescribeVpcs and
   * DescribeTransitGateways in eu-west-1; 333… refuses the role.
   */
  ESTATE("estate") {
    @Override
    FakeAws fake() throws IOException {
      return new FakeAws("estate")
          .throttle("222222222222", "us-east-1", "DescribeSubnets", 2)
          .deny("222222222222", "eu-west-1", "DescribeVpcs", "UnauthorizedOperation")
          .deny("222222222222", "eu-west-1", "DescribeTransitGateways", "UnauthorizedOperation")
          .denyAssumeRole("333333333333");
    }

    @Override
    LiveConfig config(FakeAws fake) {
      return base(fake, List.of("us-east-1", "eu-west-1"))
          .withAccounts(List.of("333333333333", "222222222222", FakeAws.CALLER), "OrganizationAccountAccessRole");
    }
  },
  /** The default case: no accounts named, the caller's own account from sts:GetCallerIdentity. */
  CALLER("caller") {
    @Override
    FakeAws fake() throws IOException {
      return new FakeAws("estate");
    }

    @Override
    LiveConfig config(FakeAws fake) {
      return base(fake, List.of("us-east-1"));
    }
  };

  final String dir;

  Scenarios(String dir) {
    this.dir = dir;
  }

  abstract FakeAws fake() throws IOException;

  abstract LiveConfig config(FakeAws fake);

  static LiveConfig base(FakeAws fake, List<String> regions) {
    return LiveConfig.of(regions)
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(FakeAws.BASE_KEY, "secret")))
        .withEndpoints(fake == null ? null : fake.endpoint(), null)
        .withRetry(RetrySettings.fast(4))
        .withParallelism(4);
  }
}
