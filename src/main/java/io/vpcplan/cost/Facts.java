package io.vpcplan.cost;

import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Quotas and prices by key, with the user's overrides applied. */
public record Facts(Map<String, Fact> byKey) {
  public Facts {
    byKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  public Facts(List<Fact> table) {
    this(index(table));
  }

  private static Map<String, Fact> index(List<Fact> table) {
    Map<String, Fact> m = new LinkedHashMap<>();
    for (Fact f : table) if (m.put(f.key(), f) != null) throw new IllegalArgumentException("duplicate fact " + f.key());
    return m;
  }

  public double get(String key) {
    Fact f = byKey.get(key);
    if (f == null) throw new IllegalArgumentException("no fact " + key);
    return f.value();
  }

  public Fact fact(String key) {
    return byKey.get(key);
  }

  public List<Fact> all() {
    return List.copyOf(byKey.values());
  }

  /**
   * These facts with the design's {@code quotas:} and {@code prices:} overrides applied. An
   * unknown key is an input error at its location, with the closest known key suggested.
   */
  public Facts with(List<Design.Override> overrides) {
    Map<String, Fact> m = new LinkedHashMap<>(byKey);
    for (Design.Override o : overrides) {
      Fact f = m.get(o.key());
      if (f == null) {
        String section = o.key().substring(0, o.key().indexOf('.') + 1);
        List<String> known = new ArrayList<>();
        for (String k : byKey.keySet()) if (k.startsWith(section)) known.add(k);
        throw new InputException(o.location(), o.key(), "unknown " + section.replace(".", "") + " key" + hint(o.key(), known));
      }
      m.put(o.key(), f.withValue(o.value(), "design override (" + o.location() + ")"));
    }
    return new Facts(m);
  }

  static String hint(String word, Collection<String> keys) {
    String list = String.join(", ", keys.stream().map(k -> k.substring(k.indexOf('.') + 1)).sorted().toList());
    return io.vpcplan.model.Suggest.closest(word, keys)
        .map(best -> "; did you mean '" + best.substring(best.indexOf('.') + 1) + "'? (known: " + list + ")")
        .orElse("; known keys: " + list);
  }
}
