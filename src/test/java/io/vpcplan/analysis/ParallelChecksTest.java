package io.vpcplan.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The per-VPC checks of a large estate run beside the overlap sweep: same findings, same order, as one by one. */
class ParallelChecksTest {

  @Test
  void parallelChecksGiveTheFindingsOfSequentialOnesInTheSameOrder() {
    Random r = new Random(7);
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      // few distinct blocks: overlaps; /29 and out-of-VPC subnets, overlapping and equal subnets: per-VPC findings
      String block = "10." + r.nextInt(40) + ".0.0/16";
      Vpc v = Nets.vpc(String.format("vpc-%05d", i), block);
      String base = block.substring(0, block.indexOf(".0.0/"));
      List<String> subnets = new ArrayList<>();
      for (int s = 0; s < 1 + r.nextInt(4); s++) {
        int pick = r.nextInt(10);
        subnets.add(pick == 0 ? "192.168." + r.nextInt(4) + ".0/24"
            : pick == 1 ? base + ".1.0/29"
            : base + "." + 2 * r.nextInt(2) + ".0/" + (23 + r.nextInt(3)));
      }
      vpcs.add(Nets.withSubnets(v, subnets.toArray(String[]::new)));
    }
    Network net = Nets.net(vpcs.toArray(Vpc[]::new));
    List<Finding> oneByOne = Validator.validate(net, Quotas.DEFAULT, Limits.DEFAULT, Integer.MAX_VALUE);
    List<Finding> parallel = Validator.validate(net, Quotas.DEFAULT, Limits.DEFAULT, 0);
    Set<Code> codes = oneByOne.stream().map(Finding::code).collect(Collectors.toSet());
    assertThat(codes).contains(Code.VPC_CIDR_OVERLAP, Code.SUBNET_SIZE, Code.SUBNET_OUTSIDE_VPC, Code.SUBNET_OVERLAP);
    assertThat(parallel).isEqualTo(oneByOne);
    assertThat(Validator.validate(net)).isEqualTo(oneByOne); // 3,000 VPCs: the default takes the parallel path
  }
}
