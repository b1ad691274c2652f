package io.vpcplan.analysis;

import io.vpcplan.finding.Severity;
import io.vpcplan.finding.Code;
import static io.vpcplan.analysis.Nets.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Location;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgainstTest {
  private static Vpc design(String name, Origin origin, String cidr) {
    return new Vpc(null, name, "prod", "us-east-1", "", cidrs(cidr), List.of(), List.of(), origin,
        new Location("design.yaml", 7, 5));
  }

  @Test
  void reservesEveryExistingBlockOnce() {
    var existing = net(vpc("a", "10.0.0.0/16"), vpc("b", "10.0.1.0/24"), vpc("c", "172.31.0.0/16", "2600:1f18::/56"));
    assertThat(Against.reserved(existing)).containsExactly(Cidr.parse("10.0.0.0/16"), Cidr.parse("172.31.0.0/16"),
        Cidr.parse("2600:1f18::/56"));
  }

  @Test
  void pinnedRangeOnAnExistingVpcCollides() {
    var r = Against.check(net(design("app", Origin.PINNED, "10.0.0.0/20")), net(vpc("vpc-1", "10.0.0.0/16")));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(Code.PLAN_COLLIDES_EXISTING);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().line()).isEqualTo(7);
      assertThat(f.message()).contains("pinned 10.0.0.0/20").contains("vpc-1");
    });
  }

  @Test
  void disjointDesignDoesNotCollide() {
    assertThat(Against.collisions(net(design("app", Origin.PINNED, "10.1.0.0/16")), net(vpc("vpc-1", "10.0.0.0/16"))))
        .isEmpty();
  }

  @Test
  void aBrownfieldEntryForThatVeryVpcIsNotACollision() {
    var existing = net(vpc("vpc-1", "10.0.0.0/16"));
    assertThat(Against.collisions(net(design("legacy", Origin.EXISTING, "10.0.0.0/16")), existing)).isEmpty();
    // the same range declared as a new pinned VPC is a collision
    assertThat(Against.collisions(net(design("legacy", Origin.PINNED, "10.0.0.0/16")), existing)).hasSize(1);
  }
}
