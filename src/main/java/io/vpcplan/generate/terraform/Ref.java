package io.vpcplan.generate.terraform;

import java.util.Set;
import java.util.TreeSet;

/**
 * An expression naming something, with the input variables it waits for: a resource that uses a
 * gated ref is created only once those variables are set ({@code count}), so any apply order of
 * the account modules converges.
 */
record Ref(String expr, Set<String> gates) {
  Ref {
    gates = Set.copyOf(gates);
  }

  static Ref of(String expr) {
    return new Ref(expr, Set.of());
  }

  boolean gated() {
    return !gates.isEmpty();
  }

  /** Gates of several refs together. */
  static Set<String> union(Ref... refs) {
    Set<String> s = new TreeSet<>();
    for (Ref r : refs) if (r != null) s.addAll(r.gates());
    return s;
  }

  /** The count expression for a resource with these gates. */
  static String count(Set<String> gates) {
    StringBuilder sb = new StringBuilder();
    for (String g : new TreeSet<>(gates)) {
      if (sb.length() > 0) sb.append(" || ");
      sb.append("var.").append(g).append(" == null");
    }
    return sb + " ? 0 : 1";
  }
}
