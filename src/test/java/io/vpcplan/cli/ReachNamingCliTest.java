package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How people name VPCs in reach --from/--to, and reach over an estate (both new with the source pipeline). */
class ReachNamingCliTest {
  private static final String STARTUP = "designs/startup.yaml";
  private static final String HUB = "designs/conn-segmented-hub.yaml";

  @Test
  void acceptsAccountRegionNameAccountNameAndAUniqueName() {
    CliRunner.Result full = CliRunner.run("reach", STARTUP, "--from", "prod/us-east-1/app", "--to", "network/us-east-1/egress");
    CliRunner.Result accountName = CliRunner.run("reach", STARTUP, "--from", "prod/app", "--to", "network/egress");
    CliRunner.Result mixed = CliRunner.run("reach", STARTUP, "--from", "prod/app", "--to", "egress");
    for (CliRunner.Result r : new CliRunner.Result[] {full, accountName, mixed}) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("prod/us-east-1/app -> network/us-east-1/egress").contains("ends in network/us-east-1/egress");
    }
    assertThat(accountName.out()).isEqualTo(full.out());
    assertThat(mixed.out()).isEqualTo(full.out());
  }

  @Test
  void aUniqueBareNameWorksInAMultiRegionDesign() {
    // payments and sandbox exist once each; web and dns exist in several accounts or regions
    CliRunner.Result r = CliRunner.run("reach", HUB, "--from", "payments", "--to", "sandbox");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("prod/us-east-1/payments -> nonprod/us-east-1/sandbox");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void anAmbiguousBareNameIsAUsageErrorListingTheCandidates() {
    CliRunner.Result r = CliRunner.run("reach", STARTUP, "--from", "app", "--to", "egress");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--from").contains("ambiguous")
        .contains("dev/us-east-1/app").contains("stg/us-east-1/app").contains("prod/us-east-1/app")
        .doesNotContain("Exception");
  }

  @Test
  void anAccountNameThatSpansRegionsIsAmbiguousToo() {
    CliRunner.Result r = CliRunner.run("reach", HUB, "--from", "prod/web", "--to", "payments");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("ambiguous").contains("prod/us-east-1/web").contains("prod/eu-west-1/web");
  }

  @Test
  void anUnknownFullNameGetsADidYouMean() {
    CliRunner.Result r = CliRunner.run("reach", STARTUP, "--from", "prod/us-east-1/ap", "--to", "egress");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--from").contains("no VPC 'prod/us-east-1/ap'")
        .contains("did you mean 'prod/us-east-1/app'").doesNotContain("Exception");
  }

  /** A typo of a bare name must be matched against bare names, not only against account/region/name. */
  @Test
  void anUnknownBareNameGetsADidYouMean() {
    CliRunner.Result r = CliRunner.run("reach", STARTUP, "--from", "prod/app", "--to", "egres");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--to").contains("no VPC 'egres'").contains("did you mean")
        .contains("egress'?").doesNotContain("Exception");
  }

  @Test
  void reachReadsAnEstate() {
    CliRunner.Result r = CliRunner.run("reach", "samples/aws_configs-conflicts");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).startsWith("Reachability (as imported): 14 VPCs");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reachTracesBetweenEstateVpcsNamedByTagOrAccount() {
    CliRunner.Result r = CliRunner.run("reach", "samples/aws_configs-conflicts", "--from", "333333333333/orders",
        "--to", "analytics");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(r.out()).contains(" -> ").contains("to 10.1.0.0/16");
    assertThat(r.err()).doesNotContain("Exception");
  }
}
