package io.vpcplan.topology;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Intent;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Purpose;
import io.vpcplan.model.Segment;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Builds planned-looking networks in code: VPCs with workload and /28 attachment subnets per AZ. */
public final class Fixtures {
  private final List<Vpc> vpcs = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private final List<Intent> intents = new ArrayList<>();

  public static Fixtures network() {
    return new Fixtures();
  }

  public Fixtures segment(String name, String... reaches) {
    segments.add(new Segment(name, List.of(reaches)));
    return this;
  }

  /** A VPC with the given block; two AZs, a workload /24-ish half and /28 attachment subnets at its end. */
  public Fixtures vpc(String account, String region, String name, String segment, String cidr) {
    Cidr block = Cidr.parse(cidr);
    List<Subnet> subnets = new ArrayList<>();
    String id = account + "/" + region + "/" + name;
    int azs = 2;
    for (int i = 0; i < azs; i++) {
      String az = region + (char) ('a' + i);
      subnets.add(new Subnet(id + "/app-" + az, "app-" + az, "app", az, block.subnet(block.length() + 2, i), Purpose.WORKLOAD, false, null));
      Cidr last = block.subnet(28, (1L << (28 - block.length())) - 1 - i);
      subnets.add(new Subnet(id + "/tgw-" + az, "tgw-" + az, "tgw-attach", az, last, Purpose.TGW_ATTACHMENT, false, null));
    }
    vpcs.add(new Vpc(null, name, account, region, segment, List.of(block), subnets, List.of(), Origin.PLANNED, null));
    return this;
  }

  /** A VPC known only by its blocks (brownfield, no subnets). */
  public Fixtures bare(String account, String region, String name, String segment, String... cidrs) {
    List<Cidr> cs = new ArrayList<>();
    for (String c : cidrs) cs.add(Cidr.parse(c));
    vpcs.add(new Vpc(null, name, account, region, segment, cs, List.of(), List.of(), Origin.EXISTING, null));
    return this;
  }

  public Fixtures intent(String from, String to, String protocol, int port, double gb, boolean bidirectional) {
    intents.add(new Intent(from, to, "svc", protocol, port, gb, bidirectional, null));
    return this;
  }

  public Network build() {
    return new Network(List.of(), vpcs, List.of(), List.of(), List.of(), List.of(), List.of(), segments, intents);
  }

  /** n VPCs in one region, one segment that reaches itself (all-to-all), 10.i.0.0/16 each. */
  public static Network allToAll(int n) {
    Fixtures f = network().segment("all", "all");
    for (int i = 0; i < n; i++) f.vpc("acct" + (i % 3), "us-east-1", "vpc" + String.format("%03d", i), "all", "10." + i + ".0.0/16");
    return f.build();
  }
}
