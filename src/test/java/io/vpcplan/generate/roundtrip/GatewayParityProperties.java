package io.vpcplan.generate.roundtrip;

import io.vpcplan.cidr.Cidr;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcplan.change.Desired;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.cfn.CloudFormationGenerator;
import io.vpcplan.generate.check.CfnChecker;
import io.vpcplan.generate.check.CfnGuard;
import io.vpcplan.generate.check.TfChecker;
import io.vpcplan.generate.roundtrip.Variants.Case;
import io.vpcplan.generate.terraform.TerraformGenerator;
import io.vpcplan.model.NatGateways;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One design (or estate), one network: CloudFormation and Terraform, read back from their text (the
 * YAML, and HashiCorp's HCL parser), make the same NAT gateways (VPC, AZ, subnet), the same VPC route
 * tables with the same subnets, and the same routes (table, destination, target kind); apply's
 * change set creates the part of it apply creates. Terraform used to re-decide NAT gateways and
 * table splits itself and differed, e.g. for private tables without a default route.
 */
class GatewayParityProperties {
  private static final Path TMP = Path.of("target", "gateway-parity");
  private static final Map<Case, Sides> SEEN = new ConcurrentHashMap<>();

  /**
   * The facts of each side: CloudFormation's, Terraform's, apply's, which VPCs apply creates, and
   * the blocks of the VPCs it does not (it makes no peering to them, so no route over one).
   */
  record Sides(List<String> cfn, List<String> tf, List<String> apply, Set<String> applied, List<Cidr> notApplied) {}

  @Property(tries = 12)
  void cloudFormationTerraformAndApplyBuildTheSameGateways(@ForAll("cases") Case c) {
    assertSame(c, sides(c));
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.of(Variants.SOURCES), Arbitraries.of(NatGateways.class), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as((s, m, explicit, imported) -> new Case(s, m, explicit, imported && Variants.isDesign(s)));
  }

  /** The defect: an imported estate whose private tables have no default route got NAT gateways from CloudFormation only. */
  @Example
  void anEstateWithPrivateTablesWithoutADefaultRoute() {
    Case c = new Case("designs/startup.yaml", NatGateways.PER_AZ, true, true);
    Sides s = sides(c);
    assertThat(s.tf()).as("NAT gateways").anyMatch(f -> f.contains(": nat "));
    assertThat(s.tf()).as("a private table's NAT route").anyMatch(f -> f.matches("\\S+: route \\S+/private/\\S+ 0\\.0\\.0\\.0/0 -> NAT"));
    assertSame(c, s);
  }

  @Example
  void natGatewaysSingleAndNone() {
    for (NatGateways m : List.of(NatGateways.SINGLE, NatGateways.NONE)) {
      Case c = new Case("designs/startup.yaml", m, true, false);
      Sides s = sides(c);
      List<String> nats = s.cfn().stream().filter(f -> f.contains(": nat ")).toList();
      if (m == NatGateways.NONE) assertThat(nats).as(c.toString()).isEmpty();
      else assertThat(nats).as(c.toString()).isNotEmpty().hasSameSizeAs(nats.stream().map(f -> f.substring(0, f.indexOf(": "))).distinct().toList());
      assertSame(c, s);
    }
  }

  /** Dual-stack VPCs' private tables send ::/0 to an egress-only gateway, in both targets. */
  @Example
  void dualStackPrivateTablesGetAnEgressOnlyGateway() {
    Case c = new Case("designs/enterprise.yaml", NatGateways.PER_AZ, true, false);
    Sides s = sides(c);
    assertThat(s.tf()).anyMatch(f -> f.endsWith(" ::/0 -> EIGW"));
    assertSame(c, s);
  }

  /** An inspection VPC with its firewall, NAT gateways and per-AZ tables, as the design plans it. */
  @Example
  void anInspectionVpcWithItsFirewall() {
    Case c = new Case("designs/conn-segmented-hub.yaml", NatGateways.PER_AZ, false, false);
    Sides s = sides(c);
    assertThat(s.tf()).anyMatch(f -> f.endsWith("0.0.0.0/0 -> FIREWALL")).anyMatch(f -> f.contains(": nat "));
    assertSame(c, s);
  }

  @Example
  void theSampleEstates() {
    for (String source : Variants.SOURCES) {
      if (!Variants.isDesign(source)) assertSame(new Case(source, NatGateways.PER_AZ, false, false), sides(new Case(source,
          NatGateways.PER_AZ, false, false)));
    }
  }

  /**
   * What only these variants write (NAT gateways for explicit private tables, egress-only gateways
   * and their ::/0 routes, an internet gateway a route asks for) passes each target's validator: the
   * CloudFormation resource model and cfn-guard, Terraform's HCL parser and AWS provider schema.
   */
  @Example
  void theVariantsPassTheValidators() throws IOException {
    // enterprise: only the stacks and modules with an egress-only gateway (the rest is the goldens' check).
    // The LZA sample's egress VPC routes to an internet gateway without a public subnet: CloudFormation
    // referred to an InternetGateway it did not declare.
    validate(new Case("designs/enterprise.yaml", NatGateways.PER_AZ, true, false), "EgressOnlyInternetGateway");
    validate(new Case("designs/startup.yaml", NatGateways.SINGLE, true, true), "");
    validate(new Case("samples/lza/network-config.yaml", NatGateways.PER_AZ, false, false), "");
  }

  /** Validates the VPC stacks, and the root modules, holding {@code marker} (case-insensitive, _ for Terraform). */
  private static void validate(Case c, String marker) throws IOException {
    Network n = Variants.network(c, tmp());
    Path dir = Files.createTempDirectory(tmp(), "valid");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> f : generate(new CloudFormationGenerator(), n).entrySet()) {
      if (!f.getKey().endsWith("vpcs.yaml") || !f.getValue().contains(marker)) continue;
      Path p = Files.createDirectories(dir.resolve("cfn").resolve(f.getKey()).getParent()).resolve(Path.of(f.getKey()).getFileName());
      Files.writeString(p, f.getValue());
      problems.addAll(CfnChecker.check(f.getValue()));
      // the guard rules hold vpcplan's own naming (attachment subnets), which an estate need not follow
      if (Variants.isDesign(c.source())) problems.addAll(CfnGuard.run(p));
    }
    Map<String, String> tf = generate(new TerraformGenerator(), n);
    String tfMarker = marker.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    java.util.TreeSet<String> modules = new java.util.TreeSet<>();
    tf.forEach((k, v) -> {
      if (k.endsWith(".tf") && k.contains("/") && v.contains(tfMarker)) modules.add(k.substring(0, k.indexOf('/')));
    });
    assertThat(modules).as("modules with %s", tfMarker).isNotEmpty();
    for (Map.Entry<String, String> f : tf.entrySet()) {
      if (!f.getKey().contains("/") || !modules.contains(f.getKey().substring(0, f.getKey().indexOf('/')))) continue;
      Path p = dir.resolve("tf").resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    for (String m : modules) problems.addAll(TfChecker.check(dir.resolve("tf").resolve(m)));
    assertThat(problems).as("%s: %s", c, String.join("\n", problems)).isEmpty();
  }

  /** Negative control: a NAT gateway moved to another subnet in the CloudFormation text is a different network. */
  @Example
  void aNatGatewayInAnotherSubnetIsNoticed() {
    Case c = new Case("designs/startup.yaml", NatGateways.PER_AZ, true, false);
    Network n = Variants.network(c, tmp());
    Map<String, String> cfn = new TreeMap<>(generate(new CloudFormationGenerator(), n));
    String file = cfn.entrySet().stream().filter(e -> e.getValue().contains("AWS::EC2::NatGateway")).findFirst().orElseThrow().getKey();
    String text = cfn.get(file);
    // the first NAT gateway's subnet becomes the subnet named right after it in the template
    int at = text.indexOf("SubnetId:", text.indexOf("AWS::EC2::NatGateway"));
    String line = text.substring(at, text.indexOf('\n', text.indexOf("Ref:", at)));
    String other = text.substring(text.indexOf("Ref:", at) + 4, text.indexOf('\n', text.indexOf("Ref:", at))).trim();
    String swap = other.endsWith("PublicBSubnet") ? other.replace("PublicB", "PublicA") : other.replace("PublicA", "PublicB");
    assertThat(swap).isNotEqualTo(other);
    cfn.put(file, text.replace(line, line.replace(other, swap)));
    assertThat(cfnFacts(cfn)).isNotEqualTo(sides(c).cfn());
  }

  /** Negative control: a subnet associated with another table in the Terraform text is a different network. */
  @Example
  void aSubnetOnAnotherTableIsNoticed() throws IOException {
    Case c = new Case("designs/startup.yaml", NatGateways.PER_AZ, true, false);
    Network n = Variants.network(c, tmp());
    Map<String, String> tf = new TreeMap<>(generate(new TerraformGenerator(), n));
    String file = tf.entrySet().stream().filter(e -> e.getValue().contains("_private_us_east_1a.id")).findFirst().orElseThrow().getKey();
    String text = tf.get(file);
    int assoc = text.indexOf("resource \"aws_route_table_association\"", text.indexOf("resource \"aws_route_table\""));
    int rt = text.indexOf("route_table_id", assoc);
    String line = text.substring(rt, text.indexOf('\n', rt));
    String altered = line.contains("_public.") ? line.replaceAll("aws_route_table\\.(\\w+?)_public\\.", "aws_route_table.$1_private_us_east_1a.")
        : line.replaceAll("aws_route_table\\.(\\w+?)\\.id", "aws_route_table." + publicTable(text) + ".id");
    assertThat(altered).isNotEqualTo(line);
    tf.put(file, text.substring(0, rt) + altered + text.substring(rt + line.length()));
    assertThat(tfFacts(tf, "neg-assoc")).isNotEqualTo(sides(c).tf());
  }

  /** Negative control: the change set without one of its routes no longer agrees with the artifacts. */
  @Example
  void aRouteMissingFromTheChangeSetIsNoticed() {
    Case c = new Case("designs/startup.yaml", NatGateways.PER_AZ, true, false);
    Network n = Variants.network(c, tmp());
    Desired.Result r = Desired.of(n, "parity");
    List<io.vpcplan.change.Want> fewer = new ArrayList<>(r.wants());
    fewer.remove(fewer.stream().filter(w -> w.kind() == io.vpcplan.change.Kind.ROUTE).findFirst().orElseThrow());
    Sides s = sides(c);
    List<String> apply = Deployed.ofApply(new Desired.Result(fewer, r.notes(), r.problems()));
    assertThat(apply).isNotEqualTo(expectedApply(s));
  }

  private static String publicTable(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("resource \"aws_route_table\" \"(\\w+_public)\"").matcher(text);
    if (!m.find()) throw new AssertionError("no public table");
    return m.group(1);
  }

  private static void assertSame(Case c, Sides s) {
    assertThat(s.tf()).as("Terraform vs CloudFormation, %s", c).containsExactlyElementsOf(s.cfn());
    assertThat(s.apply()).as("apply vs CloudFormation, %s", c).containsExactlyElementsOf(expectedApply(s));
  }

  /**
   * What apply creates of the artifacts' facts: the NAT gateways, tables and associations of the
   * VPCs it creates, and their IPv4 routes to a transit gateway, the internet gateway, a NAT gateway
   * or a peering (IPv6 and firewall routes are notes of its change set).
   */
  private static final Set<String> APPLIED_TARGETS = Set.of("TGW", "IGW", "NAT", "PEERING");

  private static List<String> expectedApply(Sides s) {
    List<String> out = new ArrayList<>();
    for (String f : s.cfn()) {
      String[] w = f.split(" ");
      if (!s.applied().contains(w[0].substring(0, w[0].length() - 1))) continue;
      if (w[1].equals("route") && !(w[3].contains(".") && APPLIED_TARGETS.contains(w[5]))) continue;
      if (w[1].equals("route") && w[5].equals("PEERING") && s.notApplied().stream().anyMatch(b -> b.overlaps(Cidr.parse(w[3])))) continue;
      out.add(f);
    }
    return out;
  }

  /** Facts of VPCs both targets write: without --ipam CloudFormation leaves out a VPC with no IPv4 block yet, Terraform does not. */
  private static List<String> placed(List<String> facts, Set<String> unplaced) {
    return facts.stream().filter(f -> !unplaced.contains(f.substring(0, f.indexOf(": ")))).toList();
  }

  private static Sides sides(Case c) {
    return SEEN.computeIfAbsent(c, GatewayParityProperties::compute);
  }

  private static Sides compute(Case c) {
    Network n = Variants.network(c, tmp());
    Set<String> applied = n.vpcs().stream().filter(v -> v.origin() != Origin.EXISTING && v.origin() != Origin.IMPORTED)
        .filter(v -> !v.ipv4().isEmpty()).map(Vpc::id).collect(Collectors.toSet());
    Set<String> unplaced = n.vpcs().stream().filter(v -> v.ipv4().isEmpty()).map(Vpc::id).collect(Collectors.toSet());
    List<Cidr> notApplied = n.vpcs().stream().filter(v -> !applied.contains(v.id())).flatMap(v -> v.ipv4().stream()).toList();
    return new Sides(placed(cfnFacts(generate(new CloudFormationGenerator(), n)), unplaced),
        placed(tfFacts(generate(new TerraformGenerator(), n), Integer.toHexString(c.hashCode())), unplaced),
        Deployed.ofApply(Desired.of(n, "parity")), applied, notApplied);
  }

  private static Map<String, String> generate(io.vpcplan.generate.Generator g, Network n) {
    return g.generate(n, new GenerateOptions("parity", false)).files();
  }

  private static List<String> cfnFacts(Map<String, String> files) {
    Map<String, JsonNode> docs = CfnReader.parse(files);
    return Deployed.of(CfnReader.read(docs).resources);
  }

  private static List<String> tfFacts(Map<String, String> files, String name) {
    try {
      Path dir = Files.createTempDirectory(tmp(), name);
      return Deployed.of(TfReader.read(TfReader.parse(files, dir), files).resources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tmp() {
    try {
      return Files.createDirectories(TMP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
