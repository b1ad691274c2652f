package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A design read ahead on its own thread is the design, or the error, a load on the spot gives. */
class EarlyDesignTest {
  @Test
  void onlyThePlainPlanForm() {
    assertThat(EarlyDesign.wanted(new String[] {"plan", "d.yaml", "-q"})).isTrue();
    assertThat(EarlyDesign.wanted(new String[] {"plan", "--lock", "l.json", "d.yaml"})).isFalse();
    assertThat(EarlyDesign.wanted(new String[] {"plan", "d.yaml", "--help"})).isFalse();
    assertThat(EarlyDesign.wanted(new String[] {"plan"})).isFalse();
    assertThat(EarlyDesign.wanted(new String[] {"validate", "d.yaml"})).isFalse();
  }

  @Test
  void preloadedDesignEqualsALoadOnTheSpot() {
    Path p = Path.of("designs/enterprise.yaml");
    Design fresh = DesignLoader.load(p);
    DesignLoader.preload(p);
    assertThat(DesignLoader.load(p)).isEqualTo(fresh);
  }

  @Test
  void preloadedErrorIsTheSameError(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(p, "pools:\n  - {name: a, cidr: 10.0.0.0/33}\n");
    String fresh = catchThrowable(() -> DesignLoader.load(p)).getMessage();
    DesignLoader.preload(p);
    Throwable early = catchThrowable(() -> DesignLoader.load(p));
    assertThat(early.getMessage()).isEqualTo(fresh).contains("bad.yaml:2:");
    assertThat(catchThrowable(() -> DesignLoader.load(dir.resolve("other.yaml"))).getMessage()).contains("not found");
  }
}
