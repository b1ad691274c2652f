package io.vpcplan.generate;

import io.vpcplan.model.Network;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where the shared network resources of a network go (the IPAM with its pools, LZA's delegated
 * admin account): the whitepaper's Network account. The same rule for every target, first match:
 * the account the network names (a design's connectivity.networkAccount, an LZA config's
 * delegatedAdminAccount); else the owner of the first transit gateway (by id); else the first
 * account with VPCs in the source's order (a design's accounts[]: list the shared-services account
 * first, or better name it). The region: the first TGW of that account, else its first region
 * with VPCs, else the first TGW's, else the first region with VPCs (all by name).
 * {@code why} says which rule chose, for READMEs and the deployment order.
 */
public record NetworkAccount(String account, String region, String why) {
  public static NetworkAccount of(Network n) {
    Optional<TransitGateway> firstTgw = n.transitGateways().stream().min(Comparator.comparing(TransitGateway::id));
    if (!n.networkAccount().isEmpty()) {
      String a = n.networkAccount();
      return new NetworkAccount(a, regionOf(n, a, firstTgw), "the network account the source names"
          + " (a design's connectivity.networkAccount, an LZA config's delegatedAdminAccount)");
    }
    if (firstTgw.isPresent()) {
      TransitGateway t = firstTgw.get();
      return new NetworkAccount(t.account(), t.region(), "no network account is named (design: connectivity."
          + "networkAccount), so the account that owns transit gateway " + t.id());
    }
    java.util.Set<String> withVpcs = new java.util.HashSet<>();
    n.vpcs().forEach(v -> withVpcs.add(v.account()));
    String a = n.accounts().stream().map(io.vpcplan.model.Account::key).filter(withVpcs::contains).findFirst()
        .orElse(n.vpcs().stream().map(Vpc::account).sorted().findFirst().orElse("network"));
    return new NetworkAccount(a, regionOf(n, a, firstTgw), "no network account is named (design: connectivity."
        + "networkAccount) and there is no transit gateway, so the first account the source lists that has VPCs");
  }

  private static String regionOf(Network n, String account, Optional<TransitGateway> firstTgw) {
    Optional<String> own = n.transitGateways().stream().filter(t -> t.account().equals(account))
        .min(Comparator.comparing(TransitGateway::id)).map(TransitGateway::region)
        .or(() -> n.vpcs().stream().filter(v -> v.account().equals(account)).map(Vpc::region).sorted().findFirst());
    return own.or(() -> firstTgw.map(TransitGateway::region))
        .or(() -> n.vpcs().stream().map(Vpc::region).sorted().findFirst()).orElse("us-east-1");
  }

  /** One line: "account network, us-east-1: why". */
  public String describe() {
    return "account " + account + ", " + region + ": " + why;
  }
}
