package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Generators;
import io.vpcplan.io.FolderWriter;
import io.vpcplan.model.Network;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** generate streams each file into the folder as it is made: the folder holds exactly what the generator returns whole. */
class GenerateCommandTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"cloudformation", "terraform", "lza"})
  void theFolderHoldsExactlyTheGeneratedFiles(String target) throws IOException {
    Path design = Path.of("designs/enterprise.yaml");
    Network n = SourcePipeline.load(SourceRequest.of(List.of(design))).network();
    GeneratedFiles whole = Generators.named(target).orElseThrow().generate(n, new GenerateOptions(
        io.vpcplan.change.Ownership.planName(design), false));

    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"generate", design.toString(), "--target", target, "-o", dir.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isZero();
    assertThat(read()).isEqualTo(whole.files());
    assertThat(err.toString()).contains(whole.files().size() + " written, 0 unchanged, 0 removed");
    // a second run changes nothing
    StringWriter again = new StringWriter();
    Main.run(new String[] {"generate", design.toString(), "--target", target, "-o", dir.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(again, true));
    assertThat(again.toString()).contains("0 written, " + whole.files().size() + " unchanged, 0 removed");
  }

  private Map<String, String> read() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(FolderWriter.MANIFEST)) out.put(rel, Files.readString(p));
      }
    }
    return out;
  }
}
