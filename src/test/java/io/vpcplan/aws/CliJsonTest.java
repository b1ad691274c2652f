package io.vpcplan.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TransitGateway;
import software.amazon.awssdk.services.ec2.model.TransitGatewayOptions;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcState;

class CliJsonTest {
  private static String doc(String key, List<? extends software.amazon.awssdk.core.SdkPojo> items, List<String> sort)
      throws IOException {
    var arr = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    items.forEach(p -> arr.add(CliJson.object(p)));
    CliJson.sortBy(arr, sort);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CliJson.write(out, key, arr);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsLikeTheCliFourSpacesColonSpaceEmptyArraysTightAbsentMembersLeftOut() throws IOException {
    Vpc vpc = Vpc.builder().vpcId("vpc-1").cidrBlock("10.0.0.0/16").state(VpcState.AVAILABLE).isDefault(false)
        .tags(List.of()).build();
    assertThat(doc("Vpcs", List.of(vpc), List.of("VpcId"))).isEqualTo("""
        {
            "Vpcs": [
                {
                    "IsDefault": false,
                    "Tags": [],
                    "VpcId": "vpc-1",
                    "State": "available",
                    "CidrBlock": "10.0.0.0/16"
                }
            ]
        }
        """);
  }

  @Test
  void timestampsAreIsoWithOffsetAndNumbersStayNumbers() throws IOException {
    TransitGateway tgw = TransitGateway.builder().transitGatewayId("tgw-1")
        .creationTime(Instant.parse("2023-03-14T09:26:53Z"))
        .options(TransitGatewayOptions.builder().amazonSideAsn(4_200_000_000L).build()).build();
    String text = doc("TransitGateways", List.of(tgw), List.of("TransitGatewayId"));
    assertThat(text).contains("\"CreationTime\": \"2023-03-14T09:26:53+00:00\"").contains("\"AmazonSideAsn\": 4200000000");
    assertThat(CliJson.timestamp(Instant.parse("2023-06-01T12:30:45.123Z"))).isEqualTo("2023-06-01T12:30:45.123000+00:00");
  }

  @Test
  void tagsAreSortedByKey() {
    Vpc vpc = Vpc.builder().vpcId("vpc-1").tags(Tag.builder().key("b").value("2").build(),
        Tag.builder().key("a").value("1").build()).build();
    assertThat(CliJson.object(vpc).get("Tags").findValuesAsText("Key")).containsExactly("a", "b");
  }

  /** Whatever order the API returns items and tags in, the document is byte-identical. */
  @Property(tries = 50)
  void outputDoesNotDependOnApiOrder(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) throws IOException {
    List<Vpc> vpcs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Tag> tags = new ArrayList<>();
      for (int t = 0; t < i % 4; t++) tags.add(Tag.builder().key("k" + t).value("v" + i).build());
      vpcs.add(Vpc.builder().vpcId(String.format("vpc-%04x", i * 7919 % 65521)).cidrBlock("10." + i + ".0.0/16")
          .tags(tags).build());
    }
    String expected = doc("Vpcs", vpcs, List.of("VpcId"));
    List<Vpc> shuffled = new ArrayList<>();
    java.util.Random rnd = new java.util.Random(seed);
    for (Vpc v : vpcs) {
      List<Tag> tags = new ArrayList<>(v.tags());
      Collections.shuffle(tags, rnd);
      shuffled.add(v.toBuilder().tags(tags).build());
    }
    Collections.shuffle(shuffled, rnd);
    assertThat(doc("Vpcs", shuffled, List.of("VpcId"))).isEqualTo(expected);
  }
}
