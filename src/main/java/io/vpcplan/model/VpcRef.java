package io.vpcplan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves how people name a VPC: its id, account/region/name, account/name, or name alone where
 * unique. An ambiguous or unknown name is an InputException listing the candidates.
 */
public final class VpcRef {
  private VpcRef() {}

  public static Vpc resolve(Network n, String ref, String option) {
    String r = ref.strip();
    List<Vpc> exact = new ArrayList<>();
    List<Vpc> loose = new ArrayList<>();
    for (Vpc v : n.vpcs()) {
      if (v.id().equals(r) || v.displayName().equals(r)) exact.add(v);
      else if ((v.account() + "/" + v.name()).equals(r) || (!v.name().isEmpty() && v.name().equals(r))) loose.add(v);
    }
    List<Vpc> hits = exact.isEmpty() ? loose : exact;
    if (hits.size() == 1) return hits.get(0);
    if (hits.isEmpty()) {
      List<String> names = n.vpcs().stream().map(Vpc::displayName).toList();
      java.util.Set<String> aliases = new java.util.TreeSet<>(names);
      for (Vpc v : n.vpcs()) {
        if (v.name().isEmpty()) continue;
        aliases.add(v.account() + "/" + v.name());
        aliases.add(v.name());
      }
      String hint = Suggest.closest(r, aliases).map(c -> "; did you mean '" + c + "'?").orElse(Suggest.hint(r, names));
      throw new InputException(Location.NONE, option, "no VPC '" + r + "'" + hint
          + "; name it as account/region/name, account/name or a unique name");
    }
    List<String> names = hits.stream().map(Vpc::displayName).sorted().toList();
    throw new InputException(Location.NONE, option, "'" + r + "' is ambiguous: " + names.size() + " VPCs match ("
        + String.join(", ", names) + "); name one as account/region/name");
  }
}
