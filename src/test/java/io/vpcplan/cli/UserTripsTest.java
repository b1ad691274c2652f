package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.aws.LiveSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes people make at the command line: each is a usage error (exit 2) naming what to change. */
class UserTripsTest {
  private static final String DESIGN = "designs/startup.yaml";
  private static final String CLEAN = "samples/aws_configs-clean";

  @TempDir Path dir;

  @Test
  void diagramRefusesAnUnknownExtensionBeforeDrawing() throws Exception {
    CliRunner.Result r = CliRunner.run("diagram", DESIGN, "-o", dir.resolve("x.jpg").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(".jpg").contains(".svg").doesNotContain("wrote");
    assertThat(r.out()).isEmpty();
    assertThat(listing()).isEmpty();
  }

  @Test
  void reportRefusesANameThatSaysAnotherFormat() throws Exception {
    CliRunner.Result r = CliRunner.run("report", DESIGN, "-o", dir.resolve("network.pdf").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the report is HTML").contains(".pdf").doesNotContain("wrote");
    assertThat(listing()).isEmpty();
    CliRunner.Result ok = CliRunner.run("report", DESIGN, "-o", dir.resolve("Network.HTM").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(listing()).containsExactly("Network.HTM");
  }

  @Test
  void diagramAndReportRefuseAFolderAsOutput() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("out"));
    CliRunner.Result d = CliRunner.run("diagram", DESIGN, "-o", folder.toString());
    assertThat(d.code()).isEqualTo(2);
    assertThat(d.err()).contains(folder + " is a folder").doesNotContain("wrote");
    CliRunner.Result r = CliRunner.run("report", DESIGN, "-o", folder.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(folder + " is a folder").doesNotContain("wrote");
    assertThat(listing()).containsExactly("out");
    try (Stream<Path> s = Files.list(folder)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void liveOnlyOptionsWithoutLiveAreRefused() {
    String[][] cases = {
        {"--endpoint-url", "validate", CLEAN, "--endpoint-url", "http://localhost:1"},
        {"--role-name", "validate", CLEAN, "--role-name", "R"},
        {"--accounts", "validate", CLEAN, "--accounts", "111111111111"},
    };
    for (String[] c : cases) {
      CliRunner.Result r = CliRunner.run(java.util.Arrays.copyOfRange(c, 1, c.length));
      assertThat(r.code()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains(c[0]).contains("--live");
      assertThat(r.out()).as(c[0]).isEmpty();
    }
  }

  @Test
  void importRefusesAProfileWithoutLiveAndWritesNothing() throws Exception {
    Path out = dir.resolve("imp");
    CliRunner.Result r = CliRunner.run("import", CLEAN, "-o", out.toString(), "--profile", "p");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--profile").contains("--live");
    assertThat(out).doesNotExist();
  }

  @Test
  void noCommandIsAUsageErrorWithTheUsageOnStderr() {
    CliRunner.Result r = CliRunner.run();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Usage: vpcplan").contains("validate").contains("give a command");
  }

  @Test
  void helpAndVersionSucceed() {
    CliRunner.Result help = CliRunner.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: vpcplan");
    CliRunner.Result version = CliRunner.run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("vpcplan");
  }

  @Test
  void aMisspeltRegionIsAUsageErrorNamingRegion() {
    for (String region : new String[] {"us-east-1x", "Narnia"}) {
      CliRunner.Result r = CliRunner.run("validate", CLEAN, "--region", region);
      assertThat(r.code()).as(region).isEqualTo(2);
      assertThat(r.err()).as(region).contains("--region").contains("'" + region + "'");
      assertThat(r.out()).as(region).isEmpty();
    }
  }

  @Test
  void awsRegionWinsOverAwsDefaultRegion() {
    Map<String, String> both = Map.of("AWS_REGION", "eu-west-1", "AWS_DEFAULT_REGION", "us-west-2");
    assertThat(LiveSnapshot.defaultRegion("", both::get)).isEqualTo(Optional.of("eu-west-1"));
  }

  @Test
  void awsDefaultRegionIsUsedWhenAwsRegionIsAbsentOrBlank() {
    Map<String, String> onlyDefault = Map.of("AWS_DEFAULT_REGION", "ap-southeast-2");
    assertThat(LiveSnapshot.defaultRegion("", onlyDefault::get)).isEqualTo(Optional.of("ap-southeast-2"));
    Map<String, String> blank = Map.of("AWS_REGION", " ", "AWS_DEFAULT_REGION", "ca-central-1");
    assertThat(LiveSnapshot.defaultRegion("", blank::get)).isEqualTo(Optional.of("ca-central-1"));
  }

  @Test
  void aNegativeAggregateThresholdNamesItsOptionAndWritesNothing() throws Exception {
    for (String cmd : new String[] {"diagram", "report"}) {
      Path out = dir.resolve(cmd.equals("diagram") ? "d.dot" : "r.html");
      CliRunner.Result r = CliRunner.run(cmd, DESIGN, "--aggregate-above", "-1", "-o", out.toString());
      assertThat(r.code()).as(cmd).isEqualTo(2);
      assertThat(r.err()).as(cmd).startsWith("error: --aggregate-above: -1 is negative").doesNotContain("--view");
      assertThat(out).doesNotExist();
    }
    // negative control: 0 (never aggregate) is a valid threshold
    CliRunner.Result ok = CliRunner.run("diagram", DESIGN, "--aggregate-above", "0", "-o", dir.resolve("ok.dot").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
  }

  @Test
  void applyAndIamPolicySayAFolderIsNotADesign() {
    CliRunner.Result apply = CliRunner.run("apply", CLEAN);
    assertThat(apply.code()).isEqualTo(2);
    assertThat(apply.err()).contains("is a folder, not a design").doesNotContain("lock file").doesNotContain("vpcplan plan");
    CliRunner.Result missing = CliRunner.run("apply", dir.resolve("nope.yaml").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("file not found").doesNotContain("lock file");
  }

  @Test
  void reachRefusesMatrixWithFromAndTo() {
    CliRunner.Result r = CliRunner.run("reach", DESIGN, "--matrix", "--from", "dev/app", "--to", "prod/app");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --matrix:").contains("give one of them");
    assertThat(r.out()).isEmpty();
    // negative control: each on its own works
    assertThat(CliRunner.run("reach", DESIGN, "--from", "dev/app", "--to", "prod/app").code()).isZero();
    assertThat(CliRunner.run("reach", DESIGN, "--matrix").code()).isZero();
  }

  @Test
  void designOnlyCommandsRefuseTheDescribeFileOptionsInsteadOfIgnoringThem() {
    // `apply --account X` used to be accepted and ignored: every account of the design was in the change set
    for (String cmd : new String[] {"apply", "iam-policy"}) {
      for (String[] opt : new String[][] {{"--account", "100000000002"}, {"--region", "us-east-1"}, {"--set", "a=b"}}) {
        CliRunner.Result r = CliRunner.run(cmd, DESIGN, opt[0], opt[1]);
        assertThat(r.code()).as(cmd + " " + opt[0]).isEqualTo(2);
        assertThat(r.err()).as(cmd + " " + opt[0]).contains("Unknown option").contains(opt[0]);
      }
      CliRunner.Result help = CliRunner.run(cmd, "--help");
      assertThat(help.out()).contains("--topology").doesNotContain("--account=").doesNotContain("--set=")
          .doesNotContain("describe-* JSON");
    }
    // negative control: the commands that read estates keep them
    assertThat(CliRunner.run("validate", "--help").out()).contains("--account=ACCOUNT").contains("--set=NAME=VALUE");
  }

  @Test
  void theSameDesignTwiceIsSaidPlainly() {
    CliRunner.Result r = CliRunner.run("validate", DESIGN, DESIGN);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the design is given twice; give it once").doesNotContain("is the other");
    CliRunner.Result two = CliRunner.run("validate", DESIGN, "designs/tiny.yaml");
    assertThat(two.code()).isEqualTo(2);
    assertThat(two.err()).contains("only one design can be read at a time");
  }

  @Test
  void aMatrixWithNothingToCompareSaysWhyInsteadOfPrintingNothing() {
    CliRunner.Result r = CliRunner.run("reach", CLEAN, "--matrix");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("No matrix: no VPC is in a segment or an intent").contains("--from and --to")
        .doesNotContain("Matrix (row reaches column)");
    // negative control: a design with segments gets its matrix
    CliRunner.Result d = CliRunner.run("reach", DESIGN, "--matrix");
    assertThat(d.out()).contains("Matrix (row reaches column)").doesNotContain("No matrix");
  }

  @Test
  void aSettingWithoutANameIsRefused() {
    CliRunner.Result r = CliRunner.run("validate", "samples/lza/network-config.yaml", "--set", "=x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --set: a setting has no NAME");
    assertThat(CliRunner.run("validate", "samples/lza/network-config.yaml", "--set", "x=y").code()).isZero();
  }

  @Test
  void everyCommandsHelpListsItsExitCodes() {
    for (String cmd : new String[] {"plan", "compare", "reach", "validate", "import", "snapshot", "diagram", "report",
        "generate", "apply", "iam-policy"}) {
      CliRunner.Result r = CliRunner.run(cmd, "--help");
      assertThat(r.code()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Exit codes:").containsPattern("\\n  0   ").containsPattern("\\n  2   usage error");
      // options are named alike: FORMAT, FILE, DIR..., never picocli's default <format>
      assertThat(r.out()).as(cmd).doesNotContainPattern("--[a-z-]+=<");
    }
  }

  @Test
  void anOutputFileExtensionChoosesTheFormatAndAContradictionIsRefused() throws Exception {
    Path json = dir.resolve("findings.json");
    CliRunner.Result v = CliRunner.run("validate", CLEAN, "-o", json.toString());
    assertThat(v.code()).as(v.err()).isZero();
    assertThat(Files.readString(json)).startsWith("{");
    Path sarif = dir.resolve("findings.sarif");
    assertThat(CliRunner.run("validate", CLEAN, "-o", sarif.toString()).code()).isZero();
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    Path yaml = dir.resolve("plan.yml");
    assertThat(CliRunner.run("plan", DESIGN, "--dry-run", "-o", yaml.toString()).code()).isZero();
    assertThat(Files.readString(yaml)).startsWith("design: ");
    Path reach = dir.resolve("reach.json");
    assertThat(CliRunner.run("reach", DESIGN, "-o", reach.toString()).code()).isZero();
    assertThat(Files.readString(reach)).startsWith("{");

    CliRunner.Result clash = CliRunner.run("plan", DESIGN, "--dry-run", "--format", "table", "-o", dir.resolve("p.json").toString());
    assertThat(clash.code()).isEqualTo(2);
    assertThat(clash.err()).contains("says .json but --format is table; make them agree");
    assertThat(dir.resolve("p.json")).doesNotExist();
    // negative controls: other extensions keep the default, and an agreeing --format is fine
    Path txt = dir.resolve("plan.txt");
    assertThat(CliRunner.run("plan", DESIGN, "--dry-run", "-o", txt.toString()).code()).isZero();
    assertThat(Files.readString(txt)).startsWith("Plan for ");
    assertThat(CliRunner.run("compare", DESIGN, "--format", "json", "-o", dir.resolve("c.json").toString()).code()).isZero();
  }

  private java.util.List<String> listing() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
