package io.vpcplan.model;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Suggest {
  private Suggest() {}

  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
      if (d < bestD || (d == bestD && best != null && c.compareTo(best) < 0)) {
        bestD = d;
        best = c;
      }
    }
    if (best == null) return Optional.empty();
    int limit = Math.max(2, word.length() / 3);
    return bestD <= limit ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean 'x'?" or, failing that, the list of valid choices. */
  public static String hint(String word, Collection<String> candidates) {
    Optional<String> c = closest(word, candidates);
    if (c.isPresent()) return "; did you mean '" + c.get() + "'?";
    if (candidates.isEmpty()) return "";
    java.util.List<String> sorted = candidates.stream().sorted().limit(12).toList();
    return "; expected one of: " + String.join(", ", sorted) + (candidates.size() > 12 ? ", …" : "");
  }

  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
