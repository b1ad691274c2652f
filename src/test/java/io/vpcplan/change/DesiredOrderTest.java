package io.vpcplan.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the wants of every design and sample, under every topology that builds: each want
 * comes after everything it needs, planned ids are unique per kind, every taggable want carries
 * the ownership tags, and against nothing live the change set creates exactly the wants in order.
 */
class DesiredOrderTest {
  static final List<String> TOPOLOGIES = List.of("none", "tgw-hub", "full-mesh", "intent-mesh");

  @Provide
  Arbitrary<Path> designs() throws Exception {
    List<Path> all = new ArrayList<>();
    for (String dir : List.of("designs", "samples/apply")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
      }
    }
    return Arbitraries.of(all);
  }

  @Provide
  Arbitrary<String> topologies() {
    return Arbitraries.of(TOPOLOGIES);
  }

  @Property(tries = 60)
  void wantsComeAfterWhatTheyNeedAndAreUnique(@ForAll("designs") Path design, @ForAll("topologies") String topology) {
    Loaded in = SourcePipeline.load(new SourceRequest(List.of(design), null, null, java.util.Map.of(), topology, true, null));
    Desired.Result d = Desired.of(in.network(), "p");
    Set<String> seen = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Want w : d.wants()) {
      for (String need : w.needs()) assertThat(seen).as(w.describe() + " needs " + need).contains(need);
      assertThat(ids.add(w.kind() + " " + w.key())).as("unique " + w.describe()).isTrue();
      seen.add(w.key());
      if (w.kind().taggable()) {
        assertThat(w.tags()).containsEntry("vpcplan:plan", "p").containsEntry("vpcplan:id", w.key());
      } else {
        assertThat(w.tags()).isEmpty();
      }
    }
    ChangeSet cs = ChangeSet.compute("p", d, Actual.empty(), false);
    assertThat(cs.changes()).extracting(Change::key).containsExactlyElementsOf(d.wants().stream().map(Want::key).toList());
    assertThat(cs.changes()).allMatch(c -> c.action() == Action.CREATE);
    assertThat(cs.drift()).isEmpty();
    assertThat(cs.blocked()).isEmpty();
  }
}
