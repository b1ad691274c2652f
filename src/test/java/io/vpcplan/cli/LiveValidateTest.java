package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** validate --live and import --live: the SDK snapshot feeds the file importer and the checks. */
class LiveValidateTest {
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
    List<String> all = new ArrayList<>();
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

  private String[] endpoint(String... more) {
    List<String> a = new ArrayList<>(List.of(more));
    a.addAll(List.of("--endpoint-url", fake.endpoint().toString(), "--max-attempts", "3", "--retry-delay-ms", "1"));
    return a.toArray(String[]::new);
  }

  @Test
  void validateLiveReadsTheAccountsAndReportsFindings() {
    int code = run(endpoint("validate", "--live", "--accounts", "111111111111,222222222222", "--role-name",
        "OrganizationAccountAccessRole", "--regions", "us-east-1,eu-west-1", "--format", "json"));
    assertThat(code).as(err).isZero();
    assertThat(out).contains("\"code\" : \"VPC_CIDR_OVERLAP\"").contains("vpc-0e11000000000000a").contains("BLACKHOLE_ROUTE");
  }

  @Test
  void validateLiveGoesOnWhenOneRegionIsDenied() {
    fake.deny("111111111111", "eu-west-1", "DescribeVpcs", "UnauthorizedOperation");
    int code = run(endpoint("validate", "--live", "--regions", "us-east-1,eu-west-1"));
    assertThat(code).as(err).isZero();
    assertThat(err).contains("ec2:DescribeVpcs denied").contains("the findings cover what was read");
    assertThat(out).contains("warnings");
  }

  @Test
  void importLiveWritesTheSnapshot() {
    int code = run(endpoint("import", "--live", "--out", tmp.resolve("snap").toString(), "--regions", "us-east-1"));
    assertThat(code).as(err).isZero();
    assertThat(tmp.resolve("snap/aws_configs/111111111111/us-east-1/vpcs.json")).exists();
  }

  @Test
  void validateNeedsASourceOrLive() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err).contains("--live");
  }
}
