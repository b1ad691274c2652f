package io.vpcplan.apply;

import io.vpcplan.aws.fake.FakeCloud;
import io.vpcplan.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One apply test's world: the stateful fake AWS endpoint, static keys through the real credential
 * chain (no profile files, no instance metadata), and a copy of the sample design with its lock in
 * a temporary folder (the state file is written beside it). Restores the properties on close.
 */
final class ApplyEnv implements AutoCloseable {
  static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
  private static final String[] PROPS = {"aws.accessKeyId", "aws.secretAccessKey", "aws.sessionToken",
      "aws.configFile", "aws.sharedCredentialsFile", "aws.region", "aws.profile", "aws.disableEc2Metadata"};
  private final Map<String, String> saved = new HashMap<>();
  final FakeCloud cloud;
  final Path design;

  ApplyEnv(Path tmp) throws IOException {
    this(tmp, "landing-zone-3x2");
  }

  /** {@code sample}: a design under samples/apply (with its lock). */
  ApplyEnv(Path tmp, String sample) throws IOException {
    Files.createDirectories(tmp);
    for (String p : PROPS) saved.put(p, System.getProperty(p));
    Path none = Files.writeString(tmp.resolve("empty-config"), "");
    System.setProperty("aws.configFile", none.toString());
    System.setProperty("aws.sharedCredentialsFile", none.toString());
    System.setProperty("aws.accessKeyId", FakeCloud.BASE_KEY);
    System.setProperty("aws.secretAccessKey", SECRET);
    System.clearProperty("aws.sessionToken");
    System.clearProperty("aws.region");
    System.clearProperty("aws.profile");
    System.setProperty("aws.disableEc2Metadata", "true");
    cloud = new FakeCloud();
    design = tmp.resolve(sample + ".yaml");
    Files.copy(Path.of("samples/apply/" + sample + ".yaml"), design, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Path.of("samples/apply/" + sample + ".lock.json"), tmp.resolve(sample + ".lock.json"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  Path state() {
    String f = design.getFileName().toString();
    return design.resolveSibling(f.substring(0, f.lastIndexOf('.')) + ".state.json");
  }

  /** apply DESIGN with the options every test needs (endpoint, role, hub topology, fast waits) plus {@code more}. */
  CliRunner.Result apply(String... more) {
    return applyAs("tgw-hub", more);
  }

  /** As {@link #apply} with another --topology (full-mesh, intent-mesh: VPC peering). */
  CliRunner.Result applyAs(String topology, String... more) {
    List<String> args = new ArrayList<>(List.of("apply", design.toString(), "--endpoint-url", cloud.endpoint().toString(),
        "--role-name", "OrganizationAccountAccessRole", "--topology", topology, "--poll-ms", "2", "--wait-timeout", "20",
        "--max-attempts", "3", "--retry-delay-ms", "1"));
    args.addAll(List.of(more));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Override
  public void close() {
    cloud.close();
    saved.forEach((k, v) -> {
      if (v == null) System.clearProperty(k);
      else System.setProperty(k, v);
    });
  }
}
