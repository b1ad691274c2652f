package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import io.vpcplan.topology.ReachReport;
import io.vpcplan.topology.Reachability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * plan → generate lza → LzaImporter → the same VPCs, blocks, subnets, TGW route tables,
 * associations, propagations and static routes; and the same reachability, pair by pair.
 */
class LzaRoundTripTest {
  @TempDir Path tmp;

  static java.util.stream.Stream<String> designs() {
    return LzaDesigns.names();
  }

  record Back(Network plan, Network imported, List<Finding> findings, JsonNode config) {}

  Back roundTrip(String design) throws IOException {
    Network plan = LzaDesigns.plan(design);
    String yaml = LzaDesigns.generate(design, false).files().get(LzaGenerator.CONFIG);
    Path file = tmp.resolve("network-config.yaml");
    Files.writeString(file, yaml);
    Inventory inv = LzaImporter.read(file, Map.of());
    JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    return new Back(plan, inv.network(), inv.findings(), config);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void importsAsPlanned(String design) throws IOException {
    Back b = roundTrip(design);
    assertThat(b.findings()).as("importer findings").noneMatch(f -> f.severity() != Severity.INFO);
    assertThat(NormalForm.ofImported(b.imported())).containsExactlyElementsOf(NormalForm.ofPlan(b.plan()));
  }

  /** The importer keeps no subnet IPv6 block (reported); the generated file must carry every one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void subnetIpv6BlocksAreWritten(String design) throws IOException {
    Back b = roundTrip(design);
    LzaNames names = new LzaNames(b.plan());
    Map<String, String> written = new HashMap<>();
    for (JsonNode v : b.config().get("vpcs")) {
      for (JsonNode s : v.get("subnets")) {
        if (s.has("ipv6CidrBlock")) written.put(v.get("name").asText() + "/" + s.get("name").asText(), s.get("ipv6CidrBlock").asText());
      }
    }
    Map<String, String> planned = new HashMap<>();
    for (Vpc v : b.plan().vpcs()) {
      Map<String, String> sn = VpcSection.subnetNames(v);
      for (Subnet s : v.subnets()) if (s.ipv6() != null) planned.put(names.vpc(v.id()) + "/" + sn.get(s.key()), s.ipv6().toString());
    }
    assertThat(written).isEqualTo(planned);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void reachesAsPlanned(String design) throws IOException {
    Back b = roundTrip(design);
    LzaNames names = new LzaNames(b.plan());
    Map<String, String> backId = new HashMap<>();
    for (Vpc v : b.plan().vpcs()) backId.put(v.id(), v.account() + "/" + v.region() + "/" + names.vpc(v.id()));
    Network imported = withIntent(b.imported(), b.plan(), backId);
    ReachReport want = Reachability.analyze(b.plan());
    ReachReport got = Reachability.analyze(imported);
    assertThat(matrix(got, want.vpcs(), backId)).containsExactlyElementsOf(matrix(want, want.vpcs(), Map.of()));
    assertThat(got.leakCount()).isEqualTo(want.leakCount());
    assertThat(got.gapCount()).isEqualTo(want.gapCount());
  }

  /** LZA has no segments or intents: give the imported VPCs the plan's, by name, so intended is judged alike. */
  static Network withIntent(Network imported, Network plan, Map<String, String> backId) {
    Map<String, String> segmentOf = new HashMap<>();
    for (Vpc v : plan.vpcs()) segmentOf.put(backId.get(v.id()), v.segment());
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : imported.vpcs()) {
      vpcs.add(new Vpc(v.id(), v.name(), v.account(), v.region(), segmentOf.getOrDefault(v.id(), ""), v.cidrs(), v.subnets(),
          v.routeTables(), v.origin(), v.location(), v.ipamAllocations()));
    }
    Map<String, String> byRef = new HashMap<>(backId);
    for (Vpc v : plan.vpcs()) byRef.put(v.displayName(), backId.get(v.id()));
    List<Intent> intents = new ArrayList<>();
    for (Intent i : plan.intents()) {
      intents.add(new Intent(byRef.getOrDefault(i.from(), i.from()), byRef.getOrDefault(i.to(), i.to()), i.service(), i.protocol(),
          i.port(), i.gbPerMonth(), i.bidirectional(), i.location()));
    }
    return new Network(imported.accounts(), vpcs, imported.transitGateways(), imported.peerings(), imported.endpointServices(),
        imported.endpoints(), imported.ramShares(), plan.segments(), intents, imported.ipamPools());
  }

  /** "from -> to: status intended?" for every ordered pair of the plan's subjects, named by plan id. */
  static List<String> matrix(ReachReport r, List<String> planIds, Map<String, String> toReport) {
    List<String> out = new ArrayList<>();
    for (String a : planIds) {
      for (String b : planIds) {
        if (a.equals(b)) continue;
        String x = toReport.getOrDefault(a, a);
        String y = toReport.getOrDefault(b, b);
        out.add(a + " -> " + b + ": " + r.matrix().status(x, y) + (r.matrix().intended(x, y) ? " intended" : ""));
      }
    }
    return out;
  }
}
