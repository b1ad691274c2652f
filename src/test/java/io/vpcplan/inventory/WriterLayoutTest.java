package io.vpcplan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.analysis.Validator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Account;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import writes folder names every file system accepts, and loses nothing by it. */
class WriterLayoutTest {
  @TempDir Path tmp;

  @Test
  void folderNamesAreSafeAndDeterministic() {
    assertThat(InventoryWriter.safe("ou:Infrastructure")).isEqualTo("ou_Infrastructure");
    assertThat(InventoryWriter.safe("a/b\\c*d?e\"f<g>h|i j")).isEqualTo("a_b_c_d_e_f_g_h_i_j");
    assertThat(InventoryWriter.safe("Prod.")).isEqualTo("Prod_");
    assertThat(InventoryWriter.safe("..")).isEqualTo("_");
    assertThat(InventoryWriter.safe("")).isEqualTo("_");
    assertThat(InventoryWriter.safe("nul")).isEqualTo("nul_");
    assertThat(InventoryWriter.safe("111111111111")).isEqualTo("111111111111");
  }

  @Test
  void anOuAccountIsWrittenToASafeFolderAndReadBackUnderItsRealName() throws IOException {
    Vpc v = new Vpc("vpc-1", "shared", "ou:Infrastructure", "us-east-1", "", List.of(Cidr.parse("10.0.0.0/16")),
        List.of(), List.of(), Origin.IMPORTED, null);
    Network n = new Network(List.of(new Account("", "ou:Infrastructure", "", "")), List.of(v), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
    InventoryWriter.write(n, tmp);
    try (Stream<Path> s = Files.walk(tmp)) {
      assertThat(s.map(p -> tmp.relativize(p).toString())).contains("aws_configs/ou_Infrastructure/us-east-1/Vpcs.json")
          .noneMatch(p -> p.contains(":"));
    }
    Inventory back = AwsConfigs.readDirectory(tmp);
    assertThat(back.network().accounts()).extracting(Account::key).containsExactly("ou:Infrastructure");
    assertThat(back.network().vpcs()).extracting(Vpc::displayName).containsExactly("ou:Infrastructure/us-east-1/shared");
    assertThat(Validator.validate(back.network())).isEqualTo(Validator.validate(n).stream().toList());
  }
}
