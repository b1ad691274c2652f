package io.vpcplan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {
  @Test
  void datesAreQuotedSoYamlReadersKeepThemStrings() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("Version", "2012-10-17");
    tree.put("validAsOf", "2025-06-01");
    tree.put("at", "2025-06-01T10:00:00Z");
    tree.put("account", "012345678901");
    // negative controls: what is not a date stays plain
    tree.put("cidr", "10.0.0.0/16");
    tree.put("name", "prod-2025-06");
    tree.put("list", List.of("2012-10-17", "us-east-1"));
    assertThat(JsonText.yaml(tree)).isEqualTo("""
        Version: "2012-10-17"
        validAsOf: "2025-06-01"
        at: "2025-06-01T10:00:00Z"
        account: "012345678901"
        cidr: 10.0.0.0/16
        name: prod-2025-06
        list:
        - "2012-10-17"
        - us-east-1
        """);
  }
}
