package io.vpcplan.analysis;

/**
 * The AWS quotas the checks compare against, in one place (VPC User Guide "Amazon VPC quotas",
 * VPC Peering Guide, Transit Gateway Guide; read 2025). {@code DEFAULT} is what a new account
 * has; {@code MAX} what a quota increase can reach. The cost package keeps the full table with
 * user overrides; construct a {@code Quotas} from it to switch.
 */
public record Quotas(int peeringsPerVpc, int peeringsPerVpcMax, int routesPerTable, int routesPerTableMax,
    int propagatedRoutesPerTable, int ipv4BlocksPerVpc, int ipv4BlocksPerVpcMax) {

  public static final Quotas DEFAULT = new Quotas(50, 125, 50, 1000, 100, 5, 50);

  public Quotas {
    if (peeringsPerVpc <= 0 || routesPerTable <= 0 || propagatedRoutesPerTable <= 0 || ipv4BlocksPerVpc <= 0) {
      throw new IllegalArgumentException("quotas must be positive");
    }
    peeringsPerVpcMax = Math.max(peeringsPerVpc, peeringsPerVpcMax);
    routesPerTableMax = Math.max(routesPerTable, routesPerTableMax);
    ipv4BlocksPerVpcMax = Math.max(ipv4BlocksPerVpc, ipv4BlocksPerVpcMax);
  }
}
