package io.vpcplan.model;

import java.util.List;

/**
 * An AWS RAM resource share: resources owned by one account shared with accounts or OUs.
 * {@code allowExternalPrincipals}: whether accounts outside the organisation may be principals
 * (false for every planned share; CloudFormation's own default is true, so generators write it out).
 */
public record RamShare(String name, String ownerAccount, List<String> resourceIds, List<String> principals,
    boolean allowExternalPrincipals) {
  public RamShare(String name, String ownerAccount, List<String> resourceIds, List<String> principals) {
    this(name, ownerAccount, resourceIds, principals, false);
  }

  public RamShare {
    name = Checks.nonBlank(name, "RAM share name");
    ownerAccount = Checks.orEmpty(ownerAccount);
    resourceIds = Checks.list(resourceIds);
    principals = Checks.list(principals);
  }
}
