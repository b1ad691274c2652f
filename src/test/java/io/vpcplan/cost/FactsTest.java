package io.vpcplan.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void everyFactHasASourceAndADate() {
    for (Fact f : AwsFacts.TABLE) {
      assertThat(f.source()).as(f.key()).isNotBlank();
      assertThat(f.validAsOf()).as(f.key()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(AwsFacts.defaults().get("quotas.peeringsPerVpc")).isEqualTo(50);
    assertThat(AwsFacts.defaults().fact("quotas.peeringsPerVpc").adjustableTo()).isEqualTo(125);
  }

  @Test
  void overridesReplaceTheValueAndSayWhere() {
    Location at = new Location("d.yaml", 40, 20);
    Facts f = AwsFacts.defaults().with(List.of(new Design.Override("prices.tgwAttachmentHour", 0.07, at)));
    assertThat(f.get("prices.tgwAttachmentHour")).isEqualTo(0.07);
    assertThat(f.fact("prices.tgwAttachmentHour").source()).contains("d.yaml:40:20");
  }

  @Test
  void unknownKeysAreLocatedErrorsWithASuggestion() {
    Location at = new Location("d.yaml", 41, 3);
    assertThatThrownBy(() -> AwsFacts.defaults().with(List.of(new Design.Override("prices.tgwAttachmentHours", 1, at))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("d.yaml:41:3: prices.tgwAttachmentHours: unknown prices key; did you mean 'tgwAttachmentHour'?");
    assertThatThrownBy(() -> AwsFacts.defaults().with(List.of(new Design.Override("quotas.zzz", 1, at))))
        .hasMessageContaining("known keys: attachmentsPerTgw");
  }
}
