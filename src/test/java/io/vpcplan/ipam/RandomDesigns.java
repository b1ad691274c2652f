package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design;
import io.vpcplan.model.Design.AccountDef;
import io.vpcplan.model.Design.ExistingVpc;
import io.vpcplan.model.Design.Pool;
import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.RegionDef;
import io.vpcplan.model.Design.Reserved;
import io.vpcplan.model.Design.SegmentDef;
import io.vpcplan.model.Design.Tier;
import io.vpcplan.model.Design.VpcDef;
import io.vpcplan.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random but valid designs for the planner's properties, built from one seed. */
final class RandomDesigns {
  private RandomDesigns() {}

  static final Location L = new Location("random.yaml", 1, 1);
  static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-northeast-1"};

  static Design generate(long seed) {
    Random r = new Random(seed);
    List<Pool> pools = new ArrayList<>();
    pools.add(new Pool("main", Cidr.parse("10.0.0.0/" + (9 + r.nextInt(4))), List.of(), L));
    if (r.nextBoolean()) pools.add(new Pool("extra", Cidr.parse("172.16.0.0/12"), List.of(), L));
    if (r.nextBoolean()) pools.add(new Pool("v6", Cidr.parse("2600:1f18:4000::/50"), List.of(), L));
    List<Reserved> reserved = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      reserved.add(new Reserved("r" + i, Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, (10L << 24) + r.nextInt(1 << 22) * 4L,
          16 + r.nextInt(8)), L));
    }
    List<RegionDef> regions = new ArrayList<>();
    for (int i = 0; i <= r.nextInt(3); i++) regions.add(new RegionDef(REGIONS[i], 1 + r.nextInt(4), L));
    List<SegmentDef> segments = new ArrayList<>();
    String[] segNames = {"prod", "nonprod", "shared"};
    int segCount = r.nextInt(4);
    for (int i = 0; i < segCount; i++) segments.add(new SegmentDef(segNames[i], List.of(), L));
    Map<String, Profile> profiles = new LinkedHashMap<>();
    for (int p = 0; p <= r.nextInt(3); p++) profiles.put("p" + p, profile(r, "p" + p));
    List<AccountDef> accounts = new ArrayList<>();
    List<VpcDef> vpcs = new ArrayList<>();
    int nAccounts = 1 + r.nextInt(6);
    for (int a = 0; a < nAccounts; a++) {
      accounts.add(new AccountDef("acct" + a, String.format("%012d", 100000000000L + a), "", "", L));
    }
    int nVpcs = 1 + r.nextInt(30);
    for (int v = 0; v < nVpcs; v++) {
      vpcs.add(vpc(r, "vpc" + v, "acct" + r.nextInt(nAccounts), regions, segments, profiles));
    }
    List<ExistingVpc> existing = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      existing.add(new ExistingVpc("legacy" + i, "legacy", REGIONS[0], "",
          List.of(Cidr.containing(io.vpcplan.cidr.IpFamily.V4, 0, (10L << 24) + r.nextInt(1 << 20) * 16L, 16 + r.nextInt(5))), L));
    }
    Design.Growth growth = new Design.Growth(1 << r.nextInt(3), 1 << r.nextInt(3), 1 << r.nextInt(2));
    return new Design("random.yaml", pools, reserved, regions, segments, profiles, accounts, vpcs, existing, List.of(),
        growth, null, List.of());
  }

  static Profile profile(Random r, String name) {
    List<Tier> tiers = new ArrayList<>();
    for (int t = 0; t <= r.nextInt(4); t++) {
      boolean byHosts = r.nextBoolean();
      tiers.add(new Tier("t" + t, byHosts ? 1 + r.nextInt(2000) : 0, byHosts ? 0 : 20 + r.nextInt(9), r.nextBoolean(), L));
    }
    return new Profile(name, tiers, r.nextInt(4) != 0, 28, 0, L);
  }

  static VpcDef vpc(Random r, String name, String account, List<RegionDef> regions, List<SegmentDef> segments,
      Map<String, Profile> profiles) {
    RegionDef region = regions.get(r.nextInt(regions.size()));
    String segment = segments.isEmpty() ? "" : segments.get(r.nextInt(segments.size())).name();
    List<String> names = new ArrayList<>(profiles.keySet());
    return new VpcDef(name, account, region.name(), segment, names.get(r.nextInt(names.size())), 0, null,
        1 + r.nextInt(region.azs()), L);
  }

  /** The same design, grown: more VPCs, a region with more AZs, a profile with one more tier. */
  static Design grow(Design d, long seed) {
    Random r = new Random(seed);
    List<RegionDef> regions = new ArrayList<>();
    for (RegionDef reg : d.regions()) regions.add(new RegionDef(reg.name(), Math.min(6, reg.azs() + r.nextInt(2)), L));
    Map<String, Profile> profiles = new LinkedHashMap<>();
    for (Profile p : d.profiles().values()) {
      List<Tier> tiers = new ArrayList<>(p.tiers());
      if (r.nextBoolean()) tiers.add(new Tier("extra", 1 + r.nextInt(200), 0, false, L));
      profiles.put(p.name(), new Profile(p.name(), tiers, p.attachmentSubnets(), p.attachmentPrefix(), 0, L));
    }
    List<VpcDef> vpcs = new ArrayList<>();
    for (VpcDef v : d.vpcs()) {
      int maxAz = regions.stream().filter(x -> x.name().equals(v.region())).findFirst().orElseThrow().azs();
      vpcs.add(new VpcDef(v.name(), v.account(), v.region(), v.segment(), v.profile(), 0, null,
          Math.min(maxAz, v.azs() + r.nextInt(2)), L));
    }
    for (int i = r.nextInt(10); i > 0; i--) {
      vpcs.add(vpc(r, "new" + i, d.accounts().get(r.nextInt(d.accounts().size())).name(), regions, d.segments(), profiles));
    }
    return new Design(d.file(), d.pools(), d.reserved(), regions, d.segments(), profiles, d.accounts(), vpcs, d.existing(),
        d.intents(), d.growth(), d.connectivity(), d.overrides());
  }
}
