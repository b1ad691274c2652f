package io.vpcplan.cli;

import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.Suggest;
import io.vpcplan.model.Vpc;
import io.vpcplan.model.VpcRef;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One end of {@code reach --from/--to}: a VPC (named as {@link VpcRef} accepts) or an on-premises site,
 * as {@code onprem/NAME} or its bare name when no VPC is called that. {@code id} is what
 * {@code Reachability.trace} takes; {@code label} is how the error messages name it.
 */
record ReachRef(String id, String label, boolean site) {
  private static final String PREFIX = "onprem/";

  static ReachRef resolve(Network n, String ref, String option) {
    String r = ref.strip();
    if (r.startsWith(PREFIX)) {
      String name = r.substring(PREFIX.length());
      return site(n, name).orElseThrow(() -> new InputException(Location.NONE, option, "no on-premises site '" + r
          + "'" + Suggest.hint(r, siteIds(n)) + "; sites are named onprem/NAME after the design's onPremises"));
    }
    Optional<ReachRef> s = site(n, r);
    if (s.isPresent() && !namesAVpc(n, r)) return s.get();
    if (s.isEmpty() && !namesAVpc(n, r) && !n.hybrid().sites().isEmpty()) throw unknown(n, r, option);
    Vpc v = VpcRef.resolve(n, r, option);
    return new ReachRef(v.id(), v.displayName(), false);
  }

  private static Optional<ReachRef> site(Network n, String name) {
    for (OnPremSite s : n.hybrid().sites()) {
      if (s.name().equals(name)) return Optional.of(new ReachRef(PREFIX + name, PREFIX + name, true));
    }
    return Optional.empty();
  }

  private static boolean namesAVpc(Network n, String r) {
    for (Vpc v : n.vpcs()) {
      if (v.id().equals(r) || v.displayName().equals(r) || (v.account() + "/" + v.name()).equals(r)) return true;
      if (!v.name().isEmpty() && v.name().equals(r)) return true;
    }
    return false;
  }

  /** Neither a VPC nor a site: suggest among both, so a typo of a site's name is caught too. */
  private static InputException unknown(Network n, String r, String option) {
    TreeSet<String> aliases = new TreeSet<>(siteIds(n));
    for (OnPremSite s : n.hybrid().sites()) aliases.add(s.name());
    for (Vpc v : n.vpcs()) {
      aliases.add(v.displayName());
      if (v.name().isEmpty()) continue;
      aliases.add(v.account() + "/" + v.name());
      aliases.add(v.name());
    }
    String hint = Suggest.closest(r, aliases).map(c -> "; did you mean '" + c + "'?").orElse("");
    return new InputException(Location.NONE, option, "no VPC or on-premises site '" + r + "'" + hint
        + "; name a VPC as account/region/name, account/name or a unique name, a site as onprem/NAME");
  }

  private static TreeSet<String> siteIds(Network n) {
    TreeSet<String> ids = new TreeSet<>();
    for (OnPremSite s : n.hybrid().sites()) ids.add(PREFIX + s.name());
    return ids;
  }
}
