package io.vpcplan.generate.roundtrip;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.Generator;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The designs in designs/, planned once per test run; their artifacts; the reachability matrix to compare. */
final class Plans {
  private static final Map<String, Network> PLANS = new ConcurrentHashMap<>();

  private Plans() {}

  static Stream<String> names() {
    try (Stream<Path> s = Files.list(Path.of("designs"))) {
      return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.endsWith(".lock.yaml"))
          .map(f -> f.substring(0, f.length() - 5)).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Network plan(String design) {
    return PLANS.computeIfAbsent(design,
        d -> SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", d + ".yaml")))).network());
  }

  /** The plan's VPCs that exist already: the generators write none of them, the artifacts take their ids as inputs. */
  static List<Vpc> existing(String design) {
    return plan(design).vpcs().stream().filter(v -> v.origin() == io.vpcplan.model.Origin.EXISTING).toList();
  }

  static Map<String, String> generate(Generator g, String design) {
    return generate(g, design, false);
  }

  static Map<String, String> generate(Generator g, String design, boolean ipam) {
    return g.generate(plan(design), new GenerateOptions(design, ipam)).files();
  }

  /** Artifacts carry no segments or intents: the read-back VPCs get the plan's, by id, so "intended" is judged alike. */
  static Network withIntent(Network back, Network plan) {
    Map<String, String> segmentOf = new HashMap<>();
    for (Vpc v : plan.vpcs()) segmentOf.put(v.id(), v.segment());
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : back.vpcs()) {
      vpcs.add(new Vpc(v.id(), v.name(), v.account(), v.region(), segmentOf.getOrDefault(v.id(), ""), v.cidrs(), v.subnets(),
          v.routeTables(), v.origin(), v.location(), v.ipamAllocations()));
    }
    return new Network(plan.accounts(), vpcs, back.transitGateways(), back.peerings(), List.of(), List.of(), List.of(),
        plan.segments(), plan.intents(), List.of());
  }

  /** "from -> to: status [intended]" for every ordered pair of the plan's subjects. */
  static List<String> matrix(ReachReport r, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String a : ids) {
      for (String b : ids) {
        if (!a.equals(b)) out.add(a + " -> " + b + ": " + r.matrix().status(a, b) + (r.matrix().intended(a, b) ? " intended" : ""));
      }
    }
    return out;
  }

  /** The plan's matrix and the read-back network's, over the plan's subjects. */
  static List<List<String>> reach(Network plan, Network back) {
    ReachReport want = Reachability.analyze(plan);
    ReachReport got = Reachability.analyze(withIntent(back, plan));
    List<String> w = new ArrayList<>(matrix(want, want.vpcs()));
    List<String> g = new ArrayList<>(matrix(got, want.vpcs()));
    w.add("leaks=" + want.leakCount() + " gaps=" + want.gapCount());
    g.add("leaks=" + got.leakCount() + " gaps=" + got.gapCount());
    return List.of(w, g);
  }
}
