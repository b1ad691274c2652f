package io.vpcplan.generate.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs cfn-guard 3.1.1 (the binary shipped in npm @cdklabs/cdk-validator-cfnguard) with the
 * project's security rules ({@code generate-check/cfn.guard}) on one template.
 */
public final class CfnGuard {
  public static final Path RULES = Samples.DIR.resolve("cfn.guard").toAbsolutePath();

  private CfnGuard() {}

  /** Each rule a template breaks, as "rule: resource: message"; empty when compliant. */
  public static List<String> run(Path template) {
    return run(template, RULES);
  }

  public static List<String> run(Path template, Path rules) {
    Tools.require(Tools.Tool.CFN_GUARD);
    ProcessBuilder pb = new ProcessBuilder(Tools.cfnGuard().toString(), "validate", "-r", rules.toString(),
        "-d", template.toAbsolutePath().toString(), "--show-summary", "fail").redirectErrorStream(true);
    String out;
    int rc;
    try {
      Process p = pb.start();
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return List.of("cfn-guard did not finish on " + template);
      }
      rc = p.exitValue();
    } catch (IOException e) {
      return List.of("cannot run cfn-guard: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of("interrupted running cfn-guard");
    }
    if (rc == 0) return List.of();
    List<String> problems = parse(out);
    if (rc != 19 || problems.isEmpty()) {
      return List.of("cfn-guard exited " + rc + " on " + template + ":\n" + out.strip());
    }
    return problems;
  }

  /** Picks "Resource = X", "Rule = Y" and "Message = Z" out of the text report. */
  static List<String> parse(String out) {
    Set<String> problems = new LinkedHashSet<>();
    String resource = "";
    String rule = "";
    for (String raw : out.split("\n")) {
      String line = raw.strip();
      if (line.startsWith("Resource = ")) resource = value(line);
      else if (line.startsWith("Rule = ")) rule = value(line);
      else if (line.startsWith("Message")) problems.add(rule + ": " + resource + ": " + line.substring(line.indexOf('=') + 1).strip());
    }
    return new ArrayList<>(problems);
  }

  private static String value(String line) {
    String v = line.substring(line.indexOf('=') + 1).strip();
    return v.endsWith("{") ? v.substring(0, v.length() - 1).strip() : v;
  }
}
