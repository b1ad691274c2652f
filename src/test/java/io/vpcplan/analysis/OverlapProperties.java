package io.vpcplan.analysis;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The sweep reports exactly the overlapping VPC pairs a brute-force comparison finds. */
class OverlapProperties {

  @Property(tries = 200)
  void pairsMatchBruteForce(@ForAll("estates") List<Cidr> blocks) {
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) vpcs.add(Nets.vpc(String.format("v%03d", i), blocks.get(i).toString()));
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < vpcs.size(); i++) {
      for (int j = i + 1; j < vpcs.size(); j++) {
        if (blocks.get(i).overlaps(blocks.get(j))) expected.add(vpcs.get(i).id() + "|" + vpcs.get(j).id());
      }
    }
    Set<String> actual = new TreeSet<>();
    for (Finding f : Validator.validate(Network.ofVpcs(vpcs))) {
      if (f.code() != Code.VPC_CIDR_OVERLAP) continue;
      String a = f.resources().get(0).id(), b = f.resources().get(1).id();
      actual.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Cidr>> estates() {
    Arbitrary<Cidr> block = Arbitraries.integers().between(16, 28).flatMap(len ->
        Arbitraries.longs().between(0, (1L << 12) - 1).map(x ->
            Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, 0x0A000000L | (x << 12), len)));
    return block.list().ofMinSize(0).ofMaxSize(60);
  }
}
