package io.vpcplan.generate.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the test-only validators live (installed by {@code .ci/setup-test-tools} into
 * {@code src/test/node/node_modules}) and whether each is there. Outside CI a missing tool skips
 * its test with a printed reason; in CI (env CI=true) it fails the test, so a broken install
 * cannot pass as green.
 */
public final class Tools {
  public static final Path NODE_DIR = Path.of("src/test/node").toAbsolutePath();
  public static final Path MODULES = NODE_DIR.resolve("node_modules");
  public static final Path LZA_SCHEMA = Path.of("../shared/data/lza/network-config.schema.json").toAbsolutePath();

  /** Each validator and the files it needs. */
  public enum Tool {
    CFN_SPEC("CloudFormation resource model (npm @aws-cdk/aws-service-spec)"),
    CFN_GUARD("cfn-guard 3.1.1 (npm @cdklabs/cdk-validator-cfnguard)"),
    HCL("HCL parser and formatter (node + npm @cdktf/hcl2json, @cdktf/hcl-tools)"),
    TF_SCHEMA("AWS provider schema (npm @cdktn/provider-aws)"),
    LZA_SCHEMA("LZA network-config JSON Schema (../shared/data/lza)");

    final String what;

    Tool(String what) {
      this.what = what;
    }

    public boolean available() {
      return missing().isEmpty();
    }

    /** Empty when the tool is there, else what is missing and how to install it. */
    public Optional<String> missing() {
      Path need = switch (this) {
        case CFN_SPEC -> cfnSpecDb();
        case CFN_GUARD -> cfnGuard();
        case HCL -> MODULES.resolve("@cdktf/hcl-tools/package.json");
        case TF_SCHEMA -> MODULES.resolve("@cdktn/provider-aws/.jsii");
        case LZA_SCHEMA -> Tools.LZA_SCHEMA;
      };
      if (this == HCL && node().isEmpty()) return Optional.of(what + ": no `node` on PATH; install Node.js 18+");
      if (!Files.exists(need)) {
        return Optional.of(what + ": " + need + " is absent; " + (this == LZA_SCHEMA
            ? "it is shared data that lives beside the repository (../shared), not in it" : "run .ci/setup-test-tools"));
      }
      if (this == CFN_GUARD && !Files.isExecutable(need)) return Optional.of(what + ": " + need + " is not executable");
      return Optional.empty();
    }
  }

  private Tools() {}

  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Skips (outside CI, with a printed reason) or fails (in CI) when the tool is missing. */
  public static void require(Tool tool) {
    Optional<String> why = tool.missing();
    if (why.isEmpty()) return;
    if (inCi()) throw new AssertionError("CI=true and a test tool is missing: " + why.get());
    System.out.println("SKIPPED (tool missing): " + why.get());
    Assumptions.abort(why.get());
  }

  public static Path cfnSpecDb() {
    return MODULES.resolve("@aws-cdk/aws-service-spec/db.json.gz");
  }

  public static Path cfnGuard() {
    String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch64" : "x86_64";
    String os = System.getProperty("os.name").toLowerCase().contains("mac") ? "macos" : "ubuntu";
    return MODULES.resolve("@cdklabs/cdk-validator-cfnguard/bin/" + os + "/" + arch + "/cfn-guard");
  }

  public static Optional<Path> node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "node");
      if (Files.isExecutable(p)) return Optional.of(p);
    }
    return Optional.empty();
  }
}
