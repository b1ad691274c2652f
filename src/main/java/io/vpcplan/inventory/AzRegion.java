package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * describe-* output names no region, so a file takes its folder's (or --region's). A
 * describe-subnets file exported with another --region gives itself away by its availability
 * zones ("eu-west-1a", "us-west-2-lax-1a" both start with their region): one note per file.
 */
final class AzRegion {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  private AzRegion() {}

  static void check(Parsed f, List<Finding> out) {
    String region = f.ctx.region();
    if (f.subnets.isEmpty() || region == null || !REGION.matcher(region).matches()) return;
    int wrong = 0;
    Parsed.RawSubnet first = null;
    // a file's AZs are few, and the readers share one string per AZ: each is tested once, then found by identity
    String[] seen = new String[8];
    boolean[] verdict = new boolean[8];
    int n = 0;
    for (Parsed.RawSubnet s : f.subnets) {
      String az = s.subnet().az();
      if (az == null || az.isEmpty()) continue;
      int i = 0;
      while (i < n && seen[i] != az) i++;
      boolean isWrong;
      if (i < n) {
        isWrong = verdict[i];
      } else {
        isWrong = !az.startsWith(region) || az.length() == region.length() || Character.isDigit(az.charAt(region.length()));
        if (n < seen.length) {
          seen[n] = az;
          verdict[n++] = isWrong;
        }
      }
      if (!isWrong) continue;
      if (first == null) first = s;
      wrong++;
    }
    if (first == null) return;
    String az = first.subnet().az();
    Matcher m = REGION.matcher(az);
    String other = m.lookingAt() ? m.group() : "<region>";
    out.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, wrong + (wrong == 1 ? " subnet" : " subnets")
        + " of this file " + (wrong == 1 ? "is" : "are") + " in availability zones of another region than " + region
        + " (" + first.id() + " in " + az + "): was it exported with another --region? Move it to aws_configs/"
        + f.ctx.account() + "/" + other + "/ (or pass --region " + other + ")", first.subnet().location()));
  }
}
