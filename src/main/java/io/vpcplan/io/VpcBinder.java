package io.vpcplan.io;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.Design.Profile;
import io.vpcplan.model.Design.RegionDef;
import io.vpcplan.model.Design.VpcDef;
import java.util.Map;
import java.util.Set;

/** Binds one {@code accounts[i].vpcs[j]} entry. */
final class VpcBinder {
  private static final Set<String> KEYS = Set.of("name", "region", "segment", "profile", "prefix", "cidr", "azs", "description", "tags");

  private VpcBinder() {}

  static VpcDef vpc(YNode n, String account, Map<String, RegionDef> regions, Set<String> segments,
      Map<String, Profile> profiles) {
    Fields f = new Fields(n, KEYS);
    String name = f.name("name");
    String region = f.requiredText("region");
    RegionDef r = regions.get(region);
    if (r == null) throw DesignLoader.unknown(f.get("region"), "region", region, regions.keySet());
    String segment = f.text("segment", "");
    if (segment.isEmpty() && !segments.isEmpty()) f.required("segment");
    if (!segment.isEmpty() && !segments.contains(segment)) {
      throw DesignLoader.unknown(f.get("segment"), "segment", segment, segments);
    }
    String profile = f.text("profile", "");
    if (profile.isEmpty()) {
      throw n.error("VPC '" + name + "' needs a 'profile' (one of: " + String.join(", ", profiles.keySet()) + ")");
    }
    if (!profiles.containsKey(profile)) throw DesignLoader.unknown(f.get("profile"), "profile", profile, profiles.keySet());
    int prefix = f.integer("prefix", 0, 16, 28);
    Cidr pinned = null;
    if (f.has("cidr")) {
      pinned = f.cidr("cidr");
      if (!pinned.isV4() || pinned.length() < 16 || pinned.length() > 28) {
        throw f.get("cidr").error("a VPC CIDR must be an IPv4 /16 to /28 (AWS rule); " + pinned + " is not");
      }
      java.util.Optional<io.vpcplan.cidr.AwsRanges.Refused> refused = io.vpcplan.cidr.AwsRanges.refused(pinned);
      if (refused.isPresent()) {
        throw f.get("cidr").error(pinned + " is in " + refused.get().cidr() + ", " + refused.get().why()
            + "; AWS refuses it as VPC addresses: " + io.vpcplan.cidr.AwsRanges.USE_PRIVATE);
      }
      if (prefix != 0 && prefix != pinned.length()) {
        throw f.get("prefix").error("prefix /" + prefix + " contradicts cidr " + pinned + "; give one of them");
      }
    }
    int azs = f.integer("azs", r.azs(), 1, 6);
    if (azs > r.azs()) {
      throw f.get("azs").error("region " + region + " is declared with " + r.azs() + " AZs; raise it there first");
    }
    return new VpcDef(name, account, region, segment, profile, prefix, pinned, azs, n.location(), Tags.of(f));
  }
}
