package io.vpcplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ServableTest {
  @Test
  void servesValidateOfFiles() {
    assertThat(Servable.test(List.of("validate", "aws_configs", "--format", "json", "-o", "f.json"))).isTrue();
    assertThat(Servable.test(List.of("validate", "--format=sarif", "--", "--live"))).isTrue(); // a file named --live
  }

  @Test
  void declinesTheRest() {
    assertThat(Servable.test(List.of())).isFalse();
    assertThat(Servable.test(List.of("plan", "d.yaml"))).isFalse();
    assertThat(Servable.test(List.of("validate", "--endpoint-url=http://localhost:4566"))).isFalse();
    assertThat(Servable.test(List.of("validate", "-hV"))).isFalse();
    assertThat(Servable.test(List.of("validate", "-ofile.json", "x"))).isFalse();
  }

  /** Whatever else is on the line, help, version and every live option send the run to a fresh JVM. */
  @Property
  boolean neverServesLiveOrHelp(@ForAll @Size(max = 6) List<@StringLength(max = 12) String> before,
      @ForAll("refused") String option, @ForAll @Size(max = 6) List<@StringLength(max = 12) String> after) {
    List<String> args = new ArrayList<>(List.of("validate"));
    before.stream().filter(a -> !a.equals("--")).forEach(args::add);
    args.add(option);
    args.addAll(after);
    return !Servable.test(args);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> refused() {
    return net.jqwik.api.Arbitraries.of("--live", "--profile", "--profile=dev", "--regions", "--accounts",
        "--role-name", "--external-id", "--endpoint-url=http://x", "--sts-endpoint-url", "-h", "--help", "-V",
        "--version");
  }
}
