package io.vpcplan.generate;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stable names for generated resources, derived from the plan's own ids (account/region/vpc/…),
 * never from hash or iteration order, so a re-run gives the same names and a grown plan keeps the
 * names it had. The same id gives the same name in every target.
 */
public final class Names {
  private Names() {}

  /** CloudFormation logical id: letters and digits only, each word capitalised ("prod/us-east-1/app" → "ProdUsEast1App"). */
  public static String logicalId(String id) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char c : id.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      } else {
        up = true;
      }
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) sb.insert(0, 'R');
    return sb.toString();
  }

  /** Terraform / HCL identifier: lower snake case ("prod/us-east-1/app" → "prod_us_east_1_app"). */
  public static String snake(String id) {
    String ascii = asciiSnake(id);
    if (ascii != null) return ascii;
    StringBuilder sb = new StringBuilder();
    for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (ok) sb.append(c);
      else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') sb.append('_');
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) sb.insert(0, "r_");
    return sb.toString();
  }

  /**
   * {@link #snake} of an all-ASCII id in one pass (Terraform asks for hundreds of thousands), or null
   * for any other id: lower-casing beyond ASCII can yield ASCII letters, so those take the long way.
   */
  private static String asciiSnake(String id) {
    char[] in = id.toCharArray(); // an array loop: far cheaper than charAt under the C1 compiler
    byte[] out = new byte[in.length + 2]; // ASCII bytes: made into a String by a plain copy
    int n = 2; // room for "r_"
    for (char c : in) {
      if (c >= 0x80) return null;
      if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[n++] = (byte) c;
      else if (n > 2 && out[n - 1] != '_') out[n++] = '_';
    }
    while (n > 2 && out[n - 1] == '_') n--;
    if (n > 2 && out[2] >= 'a' && out[2] <= 'z') return new String(out, 2, n - 2, StandardCharsets.ISO_8859_1);
    out[0] = 'r';
    out[1] = '_';
    return new String(out, 0, n, StandardCharsets.ISO_8859_1);
  }
}
