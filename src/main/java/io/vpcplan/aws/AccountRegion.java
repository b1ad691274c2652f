package io.vpcplan.aws;

import java.util.Comparator;
import java.util.regex.Pattern;

/** One account in one region: the unit that is read, reported and written as one folder. */
public record AccountRegion(String account, String region) implements Comparable<AccountRegion> {
  /** Stands for "every region of the account" when the account failed before its regions were known. */
  public static final String ALL_REGIONS = "all";

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Comparator<AccountRegion> ORDER =
      Comparator.comparing(AccountRegion::account).thenComparing(AccountRegion::region);

  public AccountRegion {
    if (account == null || !ACCOUNT.matcher(account).matches()) {
      throw new IllegalArgumentException("account id must be 12 digits, got '" + account + "'");
    }
    if (region == null || !REGION.matcher(region).matches()) {
      throw new IllegalArgumentException("region must be a name like us-east-1, got '" + region + "'");
    }
  }

  public static boolean isAccountId(String s) {
    return s != null && ACCOUNT.matcher(s).matches();
  }

  public static boolean isRegionName(String s) {
    return s != null && REGION.matcher(s).matches();
  }

  @Override
  public int compareTo(AccountRegion o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return account + "/" + region;
  }
}
