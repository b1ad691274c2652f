package io.vpcplan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large design for benchmarks: N VPCs × (3 tiers × 3 AZs + 3 attachment subnets), spread
 * over 3 regions, 3 segments and N/10 accounts. Usage: DesignGenerator VPCS OUT.yaml
 */
public final class DesignGenerator {
  static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-northeast-1"};
  static final String[] SEGMENTS = {"prod", "nonprod", "shared"};

  public static void main(String[] args) throws IOException {
    int vpcs = Integer.parseInt(args[0]);
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), false, "UTF-8")) {
      write(vpcs, out);
    }
  }

  public static String yaml(int vpcs) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    write(vpcs, new PrintStream(b, false, java.nio.charset.StandardCharsets.UTF_8));
    return b.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  static void write(int vpcs, PrintStream out) {
    out.println("name: bench-" + vpcs);
    out.println("pools:\n  - name: ten\n    cidr: 10.0.0.0/8");
    out.println("regions:");
    for (String r : REGIONS) out.println("  - {name: " + r + ", azs: 3}");
    out.println("segments:\n  - {name: prod, reaches: [shared]}\n  - {name: nonprod, reaches: [shared]}\n  - {name: shared, reaches: [prod, nonprod]}");
    out.println("profiles:\n  std:\n    tiers:\n      - {name: web, prefix: 27, public: true}\n      - {name: app, hosts: 25}\n      - {name: data, prefix: 27}");
    out.println("growth: {region: 1, segment: 2, vpc: 1}");
    out.println("accounts:");
    int perAccount = 10;
    for (int a = 0; a * perAccount < vpcs; a++) {
      out.printf("  - name: acct%05d%n    id: \"%012d\"%n    vpcs:%n", a, 500000000000L + a);
      for (int v = a * perAccount; v < Math.min(vpcs, (a + 1) * perAccount); v++) {
        out.printf("      - {name: vpc%05d, region: %s, segment: %s, profile: std}%n", v, REGIONS[v % 3], SEGMENTS[(v / 3) % 3]);
      }
    }
  }
}
