package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.AwsErrors.Kind;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

class AwsErrorsTest {
  private static Ec2Exception ec2(int status, String code, String message) {
    return (Ec2Exception) Ec2Exception.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
  }

  @Test
  void sortsFailuresByWhatTheSnapshotDoesNext() {
    assertThat(AwsErrors.classify(ec2(403, "UnauthorizedOperation", "x"))).isEqualTo(Kind.DENIED);
    assertThat(AwsErrors.classify(ec2(403, "AccessDenied", "x"))).isEqualTo(Kind.DENIED);
    assertThat(AwsErrors.classify(ec2(401, "AuthFailure", "x"))).isEqualTo(Kind.STOP);
    assertThat(AwsErrors.classify(ec2(401, "OptInRequired", "x"))).isEqualTo(Kind.STOP);
    assertThat(AwsErrors.classify(ec2(503, "RequestLimitExceeded", "x"))).isEqualTo(Kind.STOP);
    assertThat(AwsErrors.classify(ec2(400, "InvalidAction", "x"))).isEqualTo(Kind.UNSUPPORTED);
    assertThat(AwsErrors.classify(ec2(501, "InternalFailure", "x"))).isEqualTo(Kind.UNSUPPORTED);
    assertThat(AwsErrors.classify(ec2(400, "InvalidParameterValue", "x"))).isEqualTo(Kind.OTHER);
    assertThat(AwsErrors.classify(SdkClientException.create("connection refused"))).isEqualTo(Kind.STOP);
  }

  @Test
  void dropsTheEncodedAuthorizationMessage() {
    assertThat(AwsErrors.describe(ec2(403, "UnauthorizedOperation",
        "You are not authorized to perform this operation. Encoded authorization failure message: QUJD")))
        .isEqualTo("UnauthorizedOperation: You are not authorized to perform this operation.");
  }

  @Test
  void requestLimitExceededCountsAsThrottling() {
    assertThat(RetrySettings.isThrottling(ec2(503, "RequestLimitExceeded", "slow down"))).isTrue();
    assertThat(RetrySettings.isThrottling(ec2(400, "Throttling", "slow down"))).isTrue();
    assertThat(RetrySettings.isThrottling(ec2(403, "UnauthorizedOperation", "no"))).isFalse();
  }
}
