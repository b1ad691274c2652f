package io.vpcplan.generate.lza;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writing the config a part at a time prints what writing its whole tree prints. */
class LzaYamlWriterTest {
  @Test
  void partsMakeTheSameYamlAsTheWholeTree() {
    ObjectNode head = LzaYaml.F.objectNode().put("homeRegion", "us-east-1");
    head.putObject("defaultVpc").put("delete", true).putArray("excludeAccounts");
    head.putArray("endpointPolicies");
    ArrayNode items = LzaYaml.F.arrayNode();
    for (int i = 0; i < 3; i++) {
      ObjectNode v = items.addObject().put("name", "vpc-" + i).put("account", "00000000000" + i).put("n", i);
      v.putArray("cidrs").add("10." + i + ".0.0/16");
      v.set("tags", LzaYaml.tags(Map.of("Name", "a: b #c")));
      v.putArray("empty");
    }
    ObjectNode tail = LzaYaml.F.objectNode();
    tail.putArray("vpcPeering").addObject().put("name", "p").putArray("vpcs").add("vpc-0").add("vpc-1");

    ObjectNode whole = head.deepCopy();
    whole.set("vpcs", items);
    whole.setAll(tail);

    LzaYaml.Writer w = new LzaYaml.Writer();
    w.fields(head);
    w.startArray("vpcs");
    items.forEach(w::node);
    w.endArray();
    w.fields(tail);
    String parts = w.finish();
    assertThat(parts).isEqualTo(LzaYaml.write(whole)).contains("account: \"000000000001\"").contains("- vpc-1");
  }
}
