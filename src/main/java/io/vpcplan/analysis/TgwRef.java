package io.vpcplan.analysis;

import io.vpcplan.model.TgwRouteTable;
import io.vpcplan.model.TransitGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * How messages name a TGW and its route tables, each part once: LZA ids are paths that already
 * hold the account, region and TGW name ({@code Network/us-east-1/Main/Core}); AWS ids
 * ({@code tgw-rtb-0a1b…}) do not, so those get their name and place in brackets.
 */
public final class TgwRef {
  private TgwRef() {}

  /** "tgw-0a1b… (111111111111/us-east-1/hub)", "tgw-us-east-1 (network/hub-us-east-1)", "Network/us-east-1/Main". */
  public static String tgw(TransitGateway t) {
    List<String> tail = new ArrayList<>();
    for (String part : List.of(t.account(), t.region(), t.name())) {
      if (!part.isEmpty() && !t.id().contains(part)) tail.add(part);
    }
    return tail.isEmpty() ? t.id() : t.id() + " (" + String.join("/", tail) + ")";
  }

  /** A route table with its TGW: "tgw-rtb-0c2d… (flat) of tgw-0a1b… (…)", or the path id alone when it names its TGW. */
  public static String table(TransitGateway tgw, TgwRouteTable t) {
    if (t.id().startsWith(tgw.id() + "/")) return t.id();
    boolean named = !t.name().isEmpty() && !t.id().contains(t.name());
    return t.id() + (named ? " (" + t.name() + ")" : "") + " of " + tgw(tgw);
  }
}
