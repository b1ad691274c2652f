package io.vpcplan.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pin outside its region or segment block costs a summary route: the plan warns, with the pin's place. */
class PinOutsideBlockTest {
  @TempDir Path dir;

  @Test
  void aPinOutsideItsRegionBlockIsAWarningWithItsLocation() {
    PlanResult r = Planner.plan(DesignLoader.load(Path.of("designs/hybrid-brownfield.yaml")));
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w)
        .startsWith("designs/hybrid-brownfield.yaml:56:9: VPC network/ap-northeast-1/dx-edge is pinned at 10.70.0.0/24")
        .contains("outside the ap-northeast-1 region block 10.71.0.0/16")
        .contains("the region no longer summarises to one route")
        .contains("move the pin inside").contains("accept one more route per region"));
    assertThat(r.hasConflicts()).isFalse();
  }

  @Test
  void aPinInsideItsRegionButOutsideItsSegmentBlockWarnsForTheSegment() throws IOException {
    String startup = Files.readString(Path.of("designs/startup.yaml"));
    Lock lock = Planner.plan(design(startup)).lock(); // us-east-1 10.0.0.0/16; prod 10.0.64.0/19
    PlanResult r = Planner.plan(design(startup + """
          - name: prod2
            id: "100000000005"
            vpcs:
              - name: batch
                region: us-east-1
                segment: prod
                profile: web-app
                cidr: 10.0.192.0/20
        """), lock, Planner.Options.DEFAULT);
    assertThat(r.warnings()).filteredOn(w -> w.contains("summarises")).singleElement().satisfies(w -> assertThat(w)
        .contains("d.yaml:").contains("VPC prod2/us-east-1/batch is pinned at 10.0.192.0/20")
        .contains("outside the us-east-1/prod segment block 10.0.64.0/19")
        .contains("the segment no longer summarises to one route"));
  }

  @Test
  void aPinInsideItsBlocksIsNoWarning() throws IOException {
    String startup = Files.readString(Path.of("designs/startup.yaml"));
    Lock lock = Planner.plan(design(startup)).lock();
    int prod = startup.indexOf("  - name: prod\n    id:");
    int at = startup.indexOf("profile: web-app", prod) + "profile: web-app".length();
    String pinned = startup.substring(0, at) + "\n        cidr: 10.0.64.0/20" + startup.substring(at);
    PlanResult r = Planner.plan(design(pinned), lock, Planner.Options.DEFAULT);
    assertThat(r.changes()).noneMatch(c -> c.kind() == Change.Kind.CONFLICT);
    assertThat(r.warnings()).noneMatch(w -> w.contains("summarises"));
  }

  private Design design(String text) throws IOException {
    Path f = dir.resolve("d.yaml");
    Files.writeString(f, text);
    return DesignLoader.load(f);
  }
}
