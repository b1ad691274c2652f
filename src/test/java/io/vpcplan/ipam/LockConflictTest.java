package io.vpcplan.ipam;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.io.DesignLoader;
import io.vpcplan.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A VPC in conflict with its lock is one '!' line, counted once, and in no other change kind. */
class LockConflictTest {
  @TempDir Path dir;

  static Design design(Path dir, String text) throws IOException {
    Path f = dir.resolve("d.yaml");
    Files.writeString(f, text);
    return DesignLoader.load(f);
  }

  static String startup() throws IOException {
    return Files.readString(Path.of("designs/startup.yaml"));
  }

  /** Pins dev/app somewhere else than its locked range: the README's "renumber" mistake. */
  static String pinDev(String text, String cidr) {
    int dev = text.indexOf("  - name: dev");
    int at = text.indexOf("profile: web-app", dev) + "profile: web-app".length();
    return text.substring(0, at) + "\n        cidr: " + cidr + text.substring(at);
  }

  @Test
  void aRepinnedLockedVpcIsOneConflictAndNothingElse() throws IOException {
    Lock lock = Planner.plan(design(dir, startup())).lock();
    PlanResult r = Planner.plan(design(dir, pinDev(startup(), "10.1.0.0/20")), lock, Planner.Options.DEFAULT);
    List<Change> conflicts = r.changes().stream().filter(c -> c.kind() == Change.Kind.CONFLICT).toList();
    assertThat(conflicts).extracting(Change::subject).containsExactly("vpc dev/us-east-1/app");
    assertThat(conflicts.get(0).detail()).contains("design pins 10.1.0.0/20 but the lock has 10.0.0.0/20");
    assertThat(r.conflictCount()).isEqualTo(1);
    assertThat(r.hasConflicts()).isTrue();
    eachVpcCountedOnce(r);
    // kept at its locked range: its locked subnets still fit, so they are no conflicts of their own
    assertThat(r.network().vpc("dev/us-east-1/app").orElseThrow().cidrs()).containsExactly(Cidr.parse("10.0.0.0/20"));
  }

  @Test
  void brokenSubnetsOfOneVpcAreOneConflictNamingThemAll() throws IOException {
    Design d = design(dir, startup());
    Lock lock = Planner.plan(d).lock();
    TreeMap<String, Lock.LockedVpc> vpcs = new TreeMap<>(lock.vpcs());
    Lock.LockedVpc dev = vpcs.get("dev/us-east-1/app");
    TreeMap<String, Cidr> subnets = new TreeMap<>(dev.subnets());
    subnets.put("app-a", Cidr.parse("10.0.64.0/22")); // outside the VPC
    subnets.put("app-b", Cidr.parse("10.0.8.0/22")); // on top of app-c
    vpcs.put("dev/us-east-1/app", new Lock.LockedVpc(dev.cidrs(), subnets, dev.subnets6()));
    PlanResult r = Planner.plan(d, new Lock(lock.regions(), lock.segments(), vpcs), Planner.Options.DEFAULT);
    List<Change> conflicts = r.changes().stream().filter(c -> c.kind() == Change.Kind.CONFLICT).toList();
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).subject()).isEqualTo("vpc dev/us-east-1/app");
    assertThat(conflicts.get(0).detail()).contains("app-a 10.0.64.0/22").contains("their lock entries");
    assertThat(r.conflictCount()).isEqualTo(1);
    eachVpcCountedOnce(r);
  }

  @Test
  void aRegionBlockOutsideEveryPoolIsOneConflictWithItsSegmentBlocks() throws IOException {
    Lock lock = Planner.plan(design(dir, startup())).lock();
    PlanResult r = Planner.plan(design(dir, startup().replace("cidr: 10.0.0.0/12", "cidr: 10.16.0.0/12")), lock,
        Planner.Options.DEFAULT);
    assertThat(r.changes()).filteredOn(c -> c.kind() == Change.Kind.CONFLICT).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo("region block us-east-1");
      assertThat(c.detail()).contains("10.0.0.0/16 is in no pool").contains("us-east-1/prod 10.0.64.0/19");
    });
    assertThat(r.conflictCount()).isEqualTo(1);
  }

  /** The summary line counts changes of VPCs by kind: each VPC of the design in exactly one kind. */
  private static void eachVpcCountedOnce(PlanResult r) {
    Map<String, List<Change.Kind>> kinds = r.changes().stream().filter(c -> c.subject().startsWith("vpc "))
        .collect(Collectors.groupingBy(Change::subject, TreeMap::new, Collectors.mapping(Change::kind, Collectors.toList())));
    kinds.forEach((vpc, k) -> assertThat(k).as(vpc).hasSize(1));
    assertThat(kinds).hasSize(r.network().vpcs().size());
  }
}
