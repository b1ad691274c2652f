package io.vpcplan.model;

import java.util.List;

/** An AWS RAM resource share: resources owned by one account shared with accounts or OUs. */
public record RamShare(String name, String ownerAccount, List<String> resourceIds, List<String> principals) {
  public RamShare {
    name = Checks.nonBlank(name, "RAM share name");
    ownerAccount = Checks.orEmpty(ownerAccount);
    resourceIds = Checks.list(resourceIds);
    principals = Checks.list(principals);
  }
}
