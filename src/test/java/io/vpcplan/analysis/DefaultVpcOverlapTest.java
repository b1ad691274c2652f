package io.vpcplan.analysis;

import static io.vpcplan.analysis.Nets.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Default VPCs (one per region, each 172.31.0.0/16) overlap one another by design: unconnected,
 * they are one note per range, not a warning per pair; anything else about them is still reported.
 */
class DefaultVpcOverlapTest {
  private static Vpc dflt(String id) {
    Vpc v = vpc(id, "172.31.0.0/16");
    return new Vpc(v.id(), v.name(), v.account(), v.region(), v.segment(), v.cidrs(), v.subnets(), v.routeTables(),
        v.origin(), v.location(), v.ipamAllocations(), v.tags(), true);
  }

  @Test
  void unconnectedDefaultVpcsAreOneNote() {
    List<Finding> f = Validator.validate(net(dflt("d1"), dflt("d2"), dflt("d3")));
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).isEmpty();
    assertThat(of(f, Code.VPC_CIDR_OVERLAP_GROUP)).isEmpty();
    assertThat(of(f, Code.DEFAULT_VPC_OVERLAP)).singleElement().satisfies(n -> {
      assertThat(n.severity()).isEqualTo(Severity.INFO);
      assertThat(n.message()).startsWith("3 default VPCs use 172.31.0.0/16");
      assertThat(n.resources()).hasSize(3);
    });
  }

  @Test
  void twoDefaultVpcsAreANoteToo() {
    List<Finding> f = Validator.validate(net(dflt("d1"), dflt("d2")));
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).isEmpty();
    assertThat(of(f, Code.DEFAULT_VPC_OVERLAP)).hasSize(1);
  }

  @Test
  void theSameVpcsNotMarkedDefaultAreWarnings() { // negative control: the flag, not the range, decides
    List<Finding> f = Validator.validate(net(vpc("d1", "172.31.0.0/16"), vpc("d2", "172.31.0.0/16"), vpc("d3", "172.31.0.0/16")));
    assertThat(of(f, Code.DEFAULT_VPC_OVERLAP)).isEmpty();
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).hasSize(3).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aVpcThatReusesTheDefaultRangeIsStillAnOverlap() {
    List<Finding> f = Validator.validate(net(dflt("d1"), dflt("d2"), vpc("legacy", "172.31.0.0/16")));
    assertThat(of(f, Code.DEFAULT_VPC_OVERLAP)).isEmpty();
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).hasSize(2)
        .allSatisfy(x -> assertThat(x.resources()).anyMatch(r -> r.id().equals("legacy")));
    assertThat(of(f, Code.VPC_CIDR_OVERLAP_GROUP)).singleElement()
        .satisfies(g -> assertThat(g.message()).contains("3 VPCs use 172.31.0.0/16 (2 are default VPCs)"));
  }

  @Test
  void connectedDefaultVpcsAreAnError() {
    var n = net(List.of(dflt("d1"), dflt("d2")), List.of(peering("d1", "d2")), List.of(), List.of());
    List<Finding> f = Validator.validate(n);
    assertThat(of(f, Code.DEFAULT_VPC_OVERLAP)).isEmpty();
    assertThat(of(f, Code.VPC_CIDR_OVERLAP)).singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }
}
