package io.vpcplan.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.lza.LzaGenerator;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.inventory.LzaImporter;
import io.vpcplan.ipam.IpamPlan;
import io.vpcplan.model.Network;
import io.vpcplan.source.Loaded;
import io.vpcplan.source.SourcePipeline;
import io.vpcplan.source.SourceRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * --ipam puts the IPAM in the network account, the same one for every target: the one the source
 * names, else the TGW owner, else the first account the source lists that has VPCs.
 */
class NetworkAccountTest {
  static Network planned(String design) {
    Loaded l = SourcePipeline.load(SourceRequest.of(List.of(Path.of("designs", design + ".yaml"))));
    return IpamPlan.apply(l.network(), l.planned().orElseThrow().plan());
  }

  /** design | has a TGW | names a network account | where the IPAM goes | words of the reason. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      startup                | false | true  | network | the network account the source names
      hybrid-brownfield      | false | true  | network | the network account the source names
      enterprise             | true  | true  | network | the network account the source names
      conn-60-vpc-all-to-all | true  | false | network | the account that owns transit gateway
      tiny                   | false | false | shared  | the first account the source lists that has VPCs
      conn-4-vpc-peering     | false | false | web     | the first account the source lists that has VPCs
      """)
  void everyTargetPutsTheIpamInTheNetworkAccount(String design, boolean tgw, boolean named, String account, String why) {
    Network n = planned(design);
    assertThat(n.transitGateways().isEmpty()).as("has a TGW").isEqualTo(!tgw);
    assertThat(n.networkAccount().isEmpty()).as("names a network account").isEqualTo(!named);
    NetworkAccount at = NetworkAccount.of(n);
    assertThat(at.account()).isEqualTo(account);
    assertThat(at.why()).contains(why);
    GenerateOptions options = new GenerateOptions(design, true);

    Map<String, String> tf = new TerraformGenerator().generate(n, options).files();
    assertThat(tf.keySet().stream().filter(f -> f.endsWith("/ipam.tf"))).containsExactly(account + "/ipam.tf");
    assertThat(tf.get("README.md")).contains("The IPAM (with --ipam) is in account " + account + ", " + at.region() + ": " + at.why());

    Map<String, String> cfn = new CloudFormationGenerator().generate(n, options).files();
    assertThat(cfn.keySet().stream().filter(f -> f.endsWith("/ipam.yaml")))
        .containsExactly(account + "/" + at.region() + "/ipam.yaml");
    assertThat(cfn.get("deployment-order.yaml")).contains("placement: \"account " + account + ", " + at.region() + ": " + at.why());

    Map<String, String> lza = new LzaGenerator().generate(n, options).files();
    assertThat(lza.get(LzaGenerator.CONFIG)).contains("delegatedAdminAccount: " + account + "\n");
    assertThat(lza.get("README.md")).contains("is account " + account + ", ");
  }

  @Test
  void aNamedNetworkAccountWinsOverTheTgwOwner() {
    Network n = planned("conn-60-vpc-all-to-all");
    String other = n.vpcs().get(0).account();
    assertThat(other).isNotEqualTo(NetworkAccount.of(n).account());
    NetworkAccount at = NetworkAccount.of(n.withNetworkAccount(other));
    assertThat(at.account()).isEqualTo(other);
    assertThat(at.region()).isEqualTo(n.vpcs().stream().filter(v -> v.account().equals(other))
        .map(io.vpcplan.model.Vpc::region).sorted().findFirst().orElseThrow());
  }

  @Test
  void anLzaConfigsDelegatedAdminIsItsNetworkAccountAndSurvivesTheRoundTrip() {
    Network estate = LzaImporter.read(Path.of("samples/lza/network-config.yaml")).network();
    assertThat(estate.networkAccount()).isEqualTo("Network");
    assertThat(estate.accounts()).anyMatch(a -> a.key().equals("Network"));
    String yaml = new LzaGenerator().generate(estate, new GenerateOptions("sample", false)).files().get(LzaGenerator.CONFIG);
    assertThat(yaml).contains("delegatedAdminAccount: Network\n");
  }
}
