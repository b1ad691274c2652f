package io.vpcplan.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SummariesTest {
  private static List<Cidr> cidrs(String... s) {
    return Stream.of(s).map(Cidr::parse).toList();
  }

  @Test
  void mergesSiblingsRepeatedlyAndDropsContained() {
    assertThat(Summaries.aggregate(cidrs("10.0.0.0/16", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.2.5.0/24")))
        .containsExactly(Cidr.parse("10.0.0.0/14"));
    assertThat(Summaries.aggregate(cidrs("10.1.0.0/16", "10.2.0.0/16")))
        .containsExactly(Cidr.parse("10.1.0.0/16"), Cidr.parse("10.2.0.0/16"));
  }

  @Test
  void coveringIsTheLongestCommonPrefix() {
    assertThat(Summaries.coveringV4(cidrs("10.1.0.0/16", "10.2.0.0/16"))).isEqualTo(Cidr.parse("10.0.0.0/14"));
    assertThat(Summaries.coveringV4(cidrs("10.1.0.0/16"))).isEqualTo(Cidr.parse("10.1.0.0/16"));
    assertThat(Summaries.coveringV4(cidrs("10.0.0.0/16", "172.16.0.0/16"))).isEqualTo(Cidr.parse("0.0.0.0/0"));
  }
}
