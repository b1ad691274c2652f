package io.vpcplan.generate.check;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean" for misspelt names: the closest known name within a small edit distance. */
final class Suggest {
  private Suggest() {}

  static String didYouMean(String name, Collection<String> known) {
    return known.stream().min(Comparator.comparingInt((String k) -> distance(name.toLowerCase(), k.toLowerCase()))
            .thenComparing(k -> k))
        .filter(k -> distance(name.toLowerCase(), k.toLowerCase()) <= Math.max(2, name.length() / 4))
        .map(k -> "; did you mean '" + k + "'?").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
