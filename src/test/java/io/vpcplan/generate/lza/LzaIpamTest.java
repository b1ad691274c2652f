package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.inventory.Inventory;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.model.IpamAllocation;
import io.vpcplan.model.IpamPool;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import io.vpcplan.testutil.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --ipam with a pool plan (top-level → regional pool with locale → one pool per VPC holding exactly
 * its planned block): centralNetworkServices.ipams and VPCs taking their block from their pool,
 * valid for LZA's schema and read back by the importer with the same pools and allocations.
 */
class LzaIpamTest {
  @TempDir Path tmp;

  static Network withPools() {
    Network plan = LzaDesigns.plan("tiny");
    List<IpamPool> pools = new ArrayList<>();
    pools.add(new IpamPool("tiny-top", "tiny", "", "", List.of(Cidr.parse("10.10.0.0/16")), 0, 0, 0, null));
    pools.add(new IpamPool("tiny-eu-central-1", "tiny", "tiny-top", "eu-central-1", List.of(Cidr.parse("10.10.0.0/16")),
        16, 28, 23, null));
    List<Vpc> vpcs = new ArrayList<>();
    for (Vpc v : plan.vpcs()) {
      String pool = "tiny-" + v.account() + "-" + v.name();
      pools.add(new IpamPool(pool, "tiny", "tiny-eu-central-1", "eu-central-1", v.ipv4(), 23, 23, 23, null));
      vpcs.add(new Vpc(v.id(), v.name(), v.account(), v.region(), v.segment(), v.cidrs(), v.subnets(), v.routeTables(),
          v.origin(), v.location(), List.of(new IpamAllocation(pool, v.ipv4().get(0).length(), null))));
    }
    return new Network(plan.accounts(), vpcs, plan.transitGateways(), plan.peerings(), plan.endpointServices(),
        plan.endpoints(), plan.ramShares(), plan.segments(), plan.intents(), pools);
  }

  @Test
  void poolsAndAllocations() throws IOException {
    Network n = withPools();
    GeneratedFiles f = new LzaGenerator().generate(n, new GenerateOptions("tiny", true));
    String yaml = f.files().get(LzaGenerator.CONFIG);
    Golden.check("generate/lza/fixture-tiny-ipam-pools/network-config.yaml", yaml);
    if (Files.exists(LzaSchemaTest.SCHEMA)) {
      LzaSchemaTest.load();
      assertThat(LzaSchemaTest.problems(LzaSchemaTest.YAML.readTree(yaml))).isEmpty();
    }
    Path file = tmp.resolve("network-config.yaml");
    Files.writeString(file, yaml);
    Inventory back = LzaImporter.read(file, Map.of());
    assertThat(back.network().ipamPools()).extracting(p -> p.name() + " " + p.sourcePool() + " " + p.locale() + " " + p.cidrs()
        + " " + p.minNetmask() + "/" + p.maxNetmask() + "/" + p.defaultNetmask())
        .containsExactlyElementsOf(n.ipamPools().stream().map(p -> p.name() + " " + p.sourcePool() + " " + p.locale() + " "
            + p.cidrs() + " " + p.minNetmask() + "/" + p.maxNetmask() + "/" + p.defaultNetmask()).toList());
    LzaNames names = new LzaNames(n);
    Map<String, String> want = new java.util.TreeMap<>();
    for (Vpc v : n.vpcs()) want.put(names.vpc(v.id()), v.ipamAllocations().stream().map(a -> a.pool() + "/" + a.netmaskLength()).toList().toString());
    Map<String, String> got = new java.util.TreeMap<>();
    for (Vpc v : back.network().vpcs()) {
      assertThat(v.cidrs()).as("fixed blocks give way to the pool").isEmpty();
      got.put(v.name(), v.ipamAllocations().stream().map(a -> a.pool() + "/" + a.netmaskLength()).toList().toString());
    }
    assertThat(got).isEqualTo(want);
  }

  @Test
  void withoutIpamTheBlocksStayFixed() {
    String yaml = new LzaGenerator().generate(withPools(), new GenerateOptions("tiny", false)).files().get(LzaGenerator.CONFIG);
    assertThat(yaml).contains("cidrs:").doesNotContain("ipamAllocations:").contains("centralNetworkServices:");
  }
}
