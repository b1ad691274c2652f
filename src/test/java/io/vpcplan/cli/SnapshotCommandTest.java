package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcplan.aws.FakeAws;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code vpcplan snapshot} end to end: the real credential chain (keys from system properties or a
 * profile file), the real SDK, the fake endpoint; exit codes and one-line usage errors.
 */
class SnapshotCommandTest {
  @TempDir Path tmp;
  private LiveTestEnv env;
  private FakeAws fake;
  private String out;
  private String err;

  @BeforeEach
  void credentials() throws IOException {
    env = new LiveTestEnv(tmp);
    fake = env.fake;
  }

  @AfterEach
  void restore() {
    env.close();
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("snapshot"));
    all.addAll(List.of(args));
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private String[] live(String... more) {
    List<String> a = new ArrayList<>(List.of("--out", tmp.resolve("snap").toString(), "--endpoint-url",
        fake.endpoint().toString(), "--max-attempts", "3", "--retry-delay-ms", "1"));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void snapshotsTheCallersAccountAndExitsZero() {
    assertThat(run(live("--regions", "us-east-1"))).isEqualTo(0);
    assertThat(out).contains("111111111111  us-east-1  ok           3        4")
        .contains("1 account-region: 1 ok, 0 partial, 0 failed")
        .doesNotContain("wrote ");
    // no terminal here, so no progress bar: stderr holds only the confirmation line
    assertThat(err).isEqualTo("wrote " + tmp.resolve("snap").resolve("aws_configs") + " (1 of 1 account-regions)\n");
    assertThat(tmp.resolve("snap/aws_configs/111111111111/us-east-1/vpcs.json")).exists();
  }

  @Test
  void aDeniedRoleAndDeniedActionsExitOneAndListTheMissingPermissions() {
    fake.deny("222222222222", "eu-west-1", "DescribeVpcs", "UnauthorizedOperation").denyAssumeRole("333333333333");
    int code = run(live("--accounts", "111111111111,222222222222,333333333333", "--role-name",
        "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1"));
    assertThat(code).isEqualTo(1);
    assertThat(out).contains("222222222222  eu-west-1  partial      -        1  ec2:DescribeVpcs denied")
        .contains("6 account-regions: 3 ok, 1 partial, 2 failed")
        .contains("missing IAM permissions")
        .contains("  ec2:DescribeVpcs  in 222222222222/eu-west-1")
        .contains("  sts:AssumeRole  in 333333333333/eu-west-1, 333333333333/us-east-1");
    assertThat(tmp.resolve("snap/aws_configs/222222222222/us-east-1/vpcs.json")).exists();
  }

  @Test
  void jsonReportForMachines() throws IOException {
    assertThat(run(live("--regions", "us-east-1", "--format", "json"))).isEqualTo(0);
    JsonNode report = new ObjectMapper().readTree(out);
    assertThat(report.at("/summary/ok").asInt()).isEqualTo(1);
    assertThat(report.at("/accountRegions/0/counts/Vpcs").asInt()).isEqualTo(3);
  }

  @Test
  void aNamedProfileGivesCredentialsAndTheDefaultRegion() throws IOException {
    Path creds = Files.writeString(tmp.resolve("credentials"),
        "[audit]\naws_access_key_id = " + FakeAws.BASE_KEY + "\naws_secret_access_key = secret\n");
    Path config = Files.writeString(tmp.resolve("config"), "[profile audit]\nregion = us-east-1\n");
    System.setProperty("aws.sharedCredentialsFile", creds.toString());
    System.setProperty("aws.configFile", config.toString());
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    assertThat(run(live("--profile", "audit"))).as(err).isEqualTo(0);
    assertThat(out).contains("111111111111  us-east-1  ok");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--accounts 12345 --role-name R | --accounts: '12345' is not an account id (12 digits, e.g. 111122223333)",
      "--role-name R | --accounts: --role-name needs the accounts to assume it in: add --accounts",
      "--accounts 111111111111,222222222222 | --role-name: several accounts need a role to assume in each",
      "--parallelism 0 | --parallelism: 0 is out of range; use 1 to 64",
      "--max-attempts 0 | --max-attempts: 0 is out of range; use 1 to 100",
      "--regions all,us-east-1 | --regions: 'all' cannot be combined with named regions",
      "--regions us-east1 | --regions: 'us-east1' is not an AWS region name (like us-east-1); did you mean 'us-east-1'?",
      "--regions us_east_1 | --regions: 'us_east_1' is not a region name",
      "--sts-endpoint-url ftp://host | --sts-endpoint-url: 'ftp://host' is not an http(s) URL",
      "--profile nosuch --regions us-east-1 | --profile: no profile 'nosuch' in ~/.aws/config or ~/.aws/credentials",
      " | --regions: no region given and none configured"})
  void badOptionsAreOneLineUsageErrors(String args, String message) {
    List<String> a = new ArrayList<>(List.of("--out", tmp.toString()));
    if (args != null) a.addAll(List.of(args.trim().split("\\s+")));
    assertThat(run(a.toArray(String[]::new))).isEqualTo(2);
    assertThat(err).startsWith("error: " + message);
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void noCredentialsAtAllIsOneLineAndExitOne() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null
        && System.getenv("AWS_PROFILE") == null && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null
        && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null
        && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null,
        "the environment carries AWS credentials");
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    assertThat(run(live("--regions", "us-east-1"))).isEqualTo(1);
    assertThat(err).startsWith("error: no usable AWS credentials (").contains("--profile");
    assertThat(err.strip().lines()).hasSize(1);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void outIsRequired() {
    assertThat(run("--regions", "us-east-1")).isEqualTo(2);
    assertThat(err).contains("Missing required option: '--out=DIR'");
  }
}
