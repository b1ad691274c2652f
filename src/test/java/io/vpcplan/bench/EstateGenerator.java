package io.vpcplan.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic estate in the aws_configs layout, shaped like `aws ec2 describe-*` output
 * (4-space indent, the fields the CLI prints), with seeded conflicts: every 50th VPC is a default
 * VPC on 172.31.0.0/16, every 100th reuses its neighbour's range, and the VPCs of the first
 * accounts attach to one TGW per region whose single route table they all propagate into.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) io.vpcplan.bench.EstateGenerator \
 *     --vpcs 100000 --subnets-per-vpc 6 --accounts 200 --regions 2 --out /tmp/estate
 * </pre>
 */
public final class EstateGenerator {
  private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2", "eu-central-1"};
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private EstateGenerator() {}

  public static void main(String[] args) throws IOException {
    int vpcs = 100_000, subnets = 6, accounts = 200, regions = 2, tgwAccounts = 10;
    Path out = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--vpcs" -> vpcs = Integer.parseInt(args[i + 1]);
        case "--subnets-per-vpc" -> subnets = Integer.parseInt(args[i + 1]);
        case "--accounts" -> accounts = Integer.parseInt(args[i + 1]);
        case "--regions" -> regions = Math.min(REGIONS.length, Integer.parseInt(args[i + 1]));
        case "--tgw-accounts" -> tgwAccounts = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --vpcs --subnets-per-vpc --accounts --regions --tgw-accounts --out");
      }
    }
    if (out == null) throw new IllegalArgumentException("--out DIR is required");
    if (subnets > 8) throw new IllegalArgumentException("--subnets-per-vpc is at most 8 (/28s in a /25)");
    long t0 = System.nanoTime();
    long bytes = generate(out, vpcs, subnets, accounts, regions, tgwAccounts);
    System.out.printf(Locale.ROOT, "wrote %,d VPCs, %,d subnets, %,d bytes to %s in %.1f s%n", vpcs, (long) vpcs * subnets,
        bytes, out, (System.nanoTime() - t0) / 1e9);
  }

  static long generate(Path out, int vpcs, int subnets, int accounts, int regions, int tgwAccounts) throws IOException {
    int folders = accounts * regions;
    long bytes = 0;
    int next = 0;
    for (int f = 0; f < folders; f++) {
      int account = f / regions;
      String acct = String.format(Locale.ROOT, "%012d", 100000000000L + account);
      String region = REGIONS[f % regions];
      int count = vpcs / folders + (f < vpcs % folders ? 1 : 0);
      Path dir = out.resolve("aws_configs").resolve(acct).resolve(region);
      Files.createDirectories(dir);
      int first = next;
      next += count;
      bytes += write(dir.resolve("vpcs.json"), g -> vpcs(g, acct, region, first, count));
      bytes += write(dir.resolve("subnets.json"), g -> subnets(g, acct, region, first, count, subnets));
      if (account < tgwAccounts) {
        bytes += write(dir.resolve("transit-gateway-vpc-attachments.json"), g -> attachments(g, region, first, count));
      }
    }
    for (int r = 0; r < regions && tgwAccounts > 0; r++) {
      String region = REGIONS[r];
      Path dir = out.resolve("aws_configs").resolve("100000000000").resolve(region);
      int per = vpcs / folders;
      bytes += write(dir.resolve("transit-gateways.json"), g -> tgw(g, region));
      bytes += write(dir.resolve("transit-gateway-route-tables.json"), g -> tables(g, region, tgwAccounts, regions, per));
    }
    return bytes;
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static long write(Path file, Body body) throws IOException {
    try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = JSON.createGenerator(os)) {
      DefaultIndenter four = new DefaultIndenter("    ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(four).withArrayIndenter(four));
      body.write(g);
    }
    return Files.size(file);
  }

  /** VPC i: a /25 of 10.0.0.0/8; every 50th a default VPC; every 100th (i % 100 == 98) reuses VPC i-1's range. */
  static String vpcCidr(int i) {
    if (i % 50 == 49) return "172.31.0.0/16";
    int slot = i % 100 == 98 ? i - 1 : i;
    return "10." + ((slot >> 9) & 255) + "." + ((slot >> 1) & 255) + "." + ((slot & 1) * 128) + "/25";
  }

  static String subnetCidr(int i, int k) {
    if (i % 50 == 49) return "172.31." + (k * 16) + ".0/20";
    String base = vpcCidr(i);
    String[] q = base.substring(0, base.indexOf('/')).split("\\.");
    return q[0] + "." + q[1] + "." + q[2] + "." + (Integer.parseInt(q[3]) + 16 * k) + "/28";
  }

  static String id(String prefix, int i) {
    return prefix + String.format(Locale.ROOT, "-%017x", 0x0a000000000L + i);
  }

  private static void vpcs(JsonGenerator g, String acct, String region, int first, int count) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Vpcs");
    for (int i = first; i < first + count; i++) {
      String cidr = vpcCidr(i);
      g.writeStartObject();
      g.writeStringField("CidrBlock", cidr);
      g.writeStringField("DhcpOptionsId", id("dopt", i / 100));
      g.writeStringField("State", "available");
      g.writeStringField("VpcId", id("vpc", i));
      g.writeStringField("OwnerId", acct);
      g.writeStringField("InstanceTenancy", "default");
      g.writeArrayFieldStart("CidrBlockAssociationSet");
      g.writeStartObject();
      g.writeStringField("AssociationId", id("vpc-cidr-assoc", i));
      g.writeStringField("CidrBlock", cidr);
      g.writeObjectFieldStart("CidrBlockState");
      g.writeStringField("State", "associated");
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeBooleanField("IsDefault", i % 50 == 49);
      g.writeArrayFieldStart("Tags");
      tag(g, "Name", "vpc-" + i);
      tag(g, "env", i % 3 == 0 ? "prod" : "dev");
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void subnets(JsonGenerator g, String acct, String region, int first, int count, int per)
      throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Subnets");
    for (int i = first; i < first + count; i++) {
      for (int k = 0; k < per; k++) {
        String sid = id("subnet", i * 8 + k);
        String az = region + (char) ('a' + k % 3);
        g.writeStartObject();
        g.writeStringField("AvailabilityZone", az);
        g.writeStringField("AvailabilityZoneId", region.substring(0, 3) + "az" + (k % 3 + 1));
        g.writeNumberField("AvailableIpAddressCount", 11);
        g.writeStringField("CidrBlock", subnetCidr(i, k));
        g.writeBooleanField("DefaultForAz", false);
        g.writeBooleanField("MapPublicIpOnLaunch", false);
        g.writeStringField("State", "available");
        g.writeStringField("SubnetId", sid);
        g.writeStringField("VpcId", id("vpc", i));
        g.writeStringField("OwnerId", acct);
        g.writeArrayFieldStart("Tags");
        tag(g, "Name", "subnet-" + i + "-" + k);
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void attachments(JsonGenerator g, String region, int first, int count) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayVpcAttachments");
    for (int i = first; i < first + count; i++) {
      if (i % 50 == 49) continue; // default VPCs stay unattached
      g.writeStartObject();
      g.writeStringField("TransitGatewayAttachmentId", id("tgw-attach", i));
      g.writeStringField("TransitGatewayId", id("tgw", region.hashCode() & 0xffff));
      g.writeStringField("VpcId", id("vpc", i));
      g.writeStringField("State", "available");
      g.writeArrayFieldStart("SubnetIds");
      g.writeString(id("subnet", i * 8));
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void tgw(JsonGenerator g, String region) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGateways");
    g.writeStartObject();
    g.writeStringField("TransitGatewayId", id("tgw", region.hashCode() & 0xffff));
    g.writeStringField("OwnerId", "100000000000");
    g.writeStringField("State", "available");
    g.writeObjectFieldStart("Options");
    g.writeNumberField("AmazonSideAsn", 64512);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One route table per TGW: every attached VPC of this region is associated and propagates. */
  private static void tables(JsonGenerator g, String region, int tgwAccounts, int regions, int per) throws IOException {
    String table = id("tgw-rtb", region.hashCode() & 0xffff);
    g.writeStartObject();
    g.writeArrayFieldStart("TransitGatewayRouteTables");
    g.writeStartObject();
    g.writeStringField("TransitGatewayRouteTableId", table);
    g.writeStringField("TransitGatewayId", id("tgw", region.hashCode() & 0xffff));
    g.writeStringField("State", "available");
    g.writeEndObject();
    g.writeEndArray();
    int r = java.util.Arrays.asList(REGIONS).indexOf(region);
    for (String key : new String[] {"TransitGatewayRouteTableAssociations", "TransitGatewayRouteTablePropagations"}) {
      g.writeObjectFieldStart(key);
      g.writeArrayFieldStart(table);
      for (int a = 0; a < tgwAccounts; a++) {
        int folder = a * regions + r;
        for (int i = folder * per; i < folder * per + per; i++) {
          if (i % 50 == 49) continue;
          g.writeStartObject();
          g.writeStringField("TransitGatewayAttachmentId", id("tgw-attach", i));
          g.writeStringField("State", key.endsWith("Associations") ? "associated" : "enabled");
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void tag(JsonGenerator g, String k, String v) throws IOException {
    g.writeStartObject();
    g.writeStringField("Key", k);
    g.writeStringField("Value", v);
    g.writeEndObject();
  }
}
