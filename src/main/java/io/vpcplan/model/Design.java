package io.vpcplan.model;

import java.util.List;
import java.util.Map;

/**
 * What an architect asks for: pools, reserved ranges, regions, segments, VPC profiles, accounts
 * with their VPCs, brownfield VPCs, connection intents and growth headroom. Produced by the design
 * loader; consumed by the planner. Every element keeps its {@link Location} for error messages.
 */
public record Design(String file, List<Pool> pools, List<Reserved> reserved, List<RegionDef> regions,
    List<SegmentDef> segments, Map<String, Profile> profiles, List<AccountDef> accounts, List<VpcDef> vpcs,
    List<ExistingVpc> existing, List<Intent> intents, Growth growth, Connectivity connectivity,
    List<Override> overrides, Map<String, String> tags, List<OnPremises> onPremises) {
  public Design(String file, List<Pool> pools, List<Reserved> reserved, List<RegionDef> regions,
      List<SegmentDef> segments, Map<String, Profile> profiles, List<AccountDef> accounts, List<VpcDef> vpcs,
      List<ExistingVpc> existing, List<Intent> intents, Growth growth, Connectivity connectivity,
      List<Override> overrides, Map<String, String> tags) {
    this(file, pools, reserved, regions, segments, profiles, accounts, vpcs, existing, intents, growth, connectivity,
        overrides, tags, List.of());
  }

  public Design(String file, List<Pool> pools, List<Reserved> reserved, List<RegionDef> regions,
      List<SegmentDef> segments, Map<String, Profile> profiles, List<AccountDef> accounts, List<VpcDef> vpcs,
      List<ExistingVpc> existing, List<Intent> intents, Growth growth, Connectivity connectivity,
      List<Override> overrides) {
    this(file, pools, reserved, regions, segments, profiles, accounts, vpcs, existing, intents, growth, connectivity,
        overrides, Map.of());
  }

  public Design {
    tags = Checks.tags(tags);
    pools = Checks.list(pools);
    reserved = Checks.list(reserved);
    regions = Checks.list(regions);
    segments = Checks.list(segments);
    profiles = profiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profiles));
    accounts = Checks.list(accounts);
    vpcs = Checks.list(vpcs);
    existing = Checks.list(existing);
    intents = Checks.list(intents);
    if (growth == null) growth = Growth.DEFAULT;
    if (connectivity == null) connectivity = Connectivity.DEFAULT;
    overrides = Checks.list(overrides);
    onPremises = Checks.list(onPremises);
  }

  /**
   * An on-premises site: its ranges are reserved (nothing is planned in them); {@code reaches}: the
   * segments that reach it and that it reaches; {@code asn} 0 means "not given".
   */
  public record OnPremises(String name, List<io.vpcplan.cidr.Cidr> ranges, long asn, List<String> reaches,
      List<Link> connections, Location location) {
    public OnPremises {
      ranges = Checks.list(ranges);
      reaches = Checks.list(reaches);
      connections = Checks.list(connections);
    }
  }

  /**
   * How a site connects in one region: Direct Connect ({@code dx}) or Site-to-Site VPN ({@code vpn});
   * {@code customerGatewayIp} for a VPN; {@code asn} 0: the site's; {@code staticRouting}: a VPN without BGP.
   */
  public record Link(String type, String region, long bandwidthMbps, String customerGatewayIp, long asn,
      boolean staticRouting, Location location) {
    public boolean isDx() {
      return "dx".equals(type);
    }
  }

  /** An organisation address pool; {@code regions} empty means any region may draw from it. */
  public record Pool(String name, io.vpcplan.cidr.Cidr cidr, List<String> regions, Location location) {
    public Pool {
      regions = Checks.list(regions);
    }
  }

  /** A range that must never be allocated (on-premises, partners, legacy). */
  public record Reserved(String name, io.vpcplan.cidr.Cidr cidr, Location location) {}

  public record RegionDef(String name, int azs, Location location) {
    /** AZ names a, b, c … after the region name, e.g. us-east-1a. */
    public List<String> azNames() {
      return java.util.stream.IntStream.range(0, azs).mapToObj(i -> name + (char) ('a' + i)).toList();
    }
  }

  public record SegmentDef(String name, List<String> reaches, Location location) {
    public SegmentDef {
      reaches = Checks.list(reaches);
    }
  }

  /**
   * A subnet tier: size by usable hosts (AWS keeps 5 per subnet) or by prefix length, one subnet
   * per AZ.
   */
  public record Tier(String name, int hosts, int prefix, boolean isPublic, Location location) {}

  /** A reusable VPC shape: tiers × AZs, plus a dedicated /28 attachment subnet per AZ by default. */
  public record Profile(String name, List<Tier> tiers, boolean attachmentSubnets, int attachmentPrefix,
      int vpcPrefix, Location location) {
    public Profile {
      tiers = Checks.list(tiers);
    }
  }

  /** An account; {@code tags} go on every resource generated in it (over the design-level tags). */
  public record AccountDef(String name, String id, String ou, String environment, Location location,
      Map<String, String> tags) {
    public AccountDef(String name, String id, String ou, String environment, Location location) {
      this(name, id, ou, environment, location, Map.of());
    }

    public AccountDef {
      tags = Checks.tags(tags);
    }
  }

  /**
   * A VPC to plan. {@code prefix} 0 means "size from the profile"; {@code pinned} null means
   * "allocate"; {@code azs} 0 means the region's AZ count.
   */
  public record VpcDef(String name, String account, String region, String segment, String profile,
      int prefix, io.vpcplan.cidr.Cidr pinned, int azs, Location location, Map<String, String> tags) {
    public VpcDef(String name, String account, String region, String segment, String profile,
        int prefix, io.vpcplan.cidr.Cidr pinned, int azs, Location location) {
      this(name, account, region, segment, profile, prefix, pinned, azs, location, Map.of());
    }

    public VpcDef {
      tags = Checks.tags(tags);
    }

    public String key() {
      return account + "/" + region + "/" + name;
    }
  }

  /** A brownfield VPC: its ranges are fixed and everything is planned around them. */
  public record ExistingVpc(String name, String account, String region, String segment,
      List<io.vpcplan.cidr.Cidr> cidrs, Location location) {
    public ExistingVpc {
      cidrs = Checks.list(cidrs);
    }
  }

  /**
   * Headroom, as powers of two: each region block is sized for {@code region}× what it holds
   * today, each segment block {@code segment}×, each VPC {@code vpc}× its subnets.
   */
  public record Growth(int region, int segment, int vpc) {
    public static final Growth DEFAULT = new Growth(2, 2, 1);
  }

  /**
   * Where the hub lives: the Network account that owns the TGWs and shares them through RAM;
   * {@code natGateways}: NAT gateway layout for VPCs with public tiers.
   */
  public record Connectivity(String networkAccount, long asn, boolean inspection, NatGateways natGateways) {
    public static final Connectivity DEFAULT = new Connectivity("", 64512, false);

    public Connectivity(String networkAccount, long asn, boolean inspection) {
      this(networkAccount, asn, inspection, NatGateways.PER_AZ);
    }

    public Connectivity {
      if (natGateways == null) natGateways = NatGateways.PER_AZ;
    }
  }

  /** A user override of a quota or price, e.g. {@code quotas.peeringsPerVpc: 125}. */
  public record Override(String key, double value, Location location) {}
}
