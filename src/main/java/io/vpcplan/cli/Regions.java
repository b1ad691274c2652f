package io.vpcplan.cli;

import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.util.regex.Pattern;

/** Region names as AWS spells them (us-east-1, eu-central-2, us-gov-west-1, cn-north-1, ap-southeast-7). */
final class Regions {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");

  private Regions() {}

  static String check(String region, String option) {
    if (!REGION.matcher(region).matches()) {
      throw new InputException(Location.NONE, option, "'" + region + "' is not an AWS region name; "
          + "write it as AWS does, e.g. us-east-1 or eu-west-2");
    }
    return region;
  }
}
