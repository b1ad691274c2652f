package io.vpcplan.generate.terraform;

import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.generate.terraform.Hcl.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags block of every taggable resource: Name and the ownership tags. The one place where
 * design/account/VPC tags will be merged in once the model carries them.
 */
final class Tags {
  private Tags() {}

  static Hcl.MapOf of(String planName, String id, String name) {
    Map<String, String> tags = OwnershipTags.of(planName, id, name, Map.of());
    Map<String, Expr> m = new LinkedHashMap<>();
    tags.forEach((k, v) -> m.put(k, Hcl.str(v)));
    return new Hcl.MapOf(m);
  }
}
