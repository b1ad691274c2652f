package io.vpcplan.model;

/**
 * The counts every command prints for a network, computed in one place so that plan, compare,
 * reach, validate, diagram and report agree. VPCs a connectivity design adds (inspection VPCs)
 * are counted apart: they are not part of the design or the estate.
 */
public record NetworkCounts(int accounts, int vpcs, int subnets, int connectivityVpcs) {
  public static NetworkCounts of(Network n) {
    java.util.Set<String> accounts = new java.util.HashSet<>();
    for (Account a : n.accounts()) accounts.add(a.key());
    int vpcs = 0;
    int subnets = 0;
    int extra = 0;
    for (Vpc v : n.vpcs()) {
      accounts.add(v.account());
      if (v.origin() == Origin.CONNECTIVITY) {
        extra++;
      } else {
        vpcs++;
        subnets += v.subnets().size();
      }
    }
    return new NetworkCounts(accounts.size(), vpcs, subnets, extra);
  }

  /** "44 accounts, 52 VPCs, 543 subnets (+ 3 inspection VPCs of the connectivity design)". */
  public String describe() {
    String s = plural(accounts, "account") + ", " + plural(vpcs, "VPC") + ", " + plural(subnets, "subnet");
    return connectivityVpcs == 0 ? s : s + " (+ " + plural(connectivityVpcs, "inspection VPC") + " of the connectivity design)";
  }

  /** "52 VPCs" or "52 VPCs (+ 3 inspection VPCs)". */
  public String vpcsText() {
    String s = plural(vpcs, "VPC");
    return connectivityVpcs == 0 ? s : s + " (+ " + plural(connectivityVpcs, "inspection VPC") + ")";
  }

  static String plural(int n, String what) {
    return String.format(java.util.Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
  }
}
