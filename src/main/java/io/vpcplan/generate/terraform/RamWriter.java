package io.vpcplan.generate.terraform;

import io.vpcplan.generate.Names;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.TransitGateway;
import java.util.Optional;
import java.util.Set;

/** RAM shares of transit gateways: never open to principals outside the organisation. */
final class RamWriter {
  private RamWriter() {}

  static void write(Context ctx, RamShare share) {
    if (share.ownerAccount().isEmpty()) return;
    Module m = ctx.module(share.ownerAccount());
    String file = "ram.tf";
    String region = null;
    for (String id : share.resourceIds()) {
      Optional<TransitGateway> t = ctx.tgw(id);
      if (t.isPresent() && region == null) region = t.get().region();
    }
    if (region == null) {
      m.manual.add("RAM share " + share.name() + ": shares nothing these modules create; not generated");
      return;
    }
    Res res = new Res("aws_ram_resource_share", Names.snake(share.name()), Set.of());
    m.add(file, m.resource(res, region).str("name", share.name()).raw("allow_external_principals", "false")
        .tags(Tags.of(m.planName, "ram/" + share.name(), share.name())).build());
    m.output("ram_resource_share_arn_" + Names.snake(share.name()), "RAM share " + share.name()
        + " (for aws_ram_resource_share_accepter where organisation sharing is off)", res.outputValue("arn"));
    for (String id : share.resourceIds()) {
      Optional<TransitGateway> t = ctx.tgw(id);
      if (t.isEmpty() || !t.get().account().equals(share.ownerAccount()) || !t.get().region().equals(region)) {
        m.manual.add("RAM share " + share.name() + ": resource " + id + " is not a transit gateway of this account "
            + "and region; associate it by hand");
        continue;
      }
      Res a = new Res("aws_ram_resource_association", Names.snake(share.name() + "/" + id), Set.of());
      m.add(file, m.resource(a, region).raw("resource_arn", TgwWriter.tgwRes(t.get()).ref("arn").expr())
          .raw("resource_share_arn", res.ref("arn").expr()).build());
    }
    for (String p : share.principals()) {
      String id = ctx.accountId(p);
      Ref principal;
      if (!id.isEmpty()) principal = null;
      else if (p.startsWith("arn:") || p.startsWith("o-") || p.startsWith("ou-")) principal = null;
      else principal = m.input("account_id_" + Names.snake(p), "account " + p + " (12 digits)", null, null);
      Res a = new Res("aws_ram_principal_association", Names.snake(share.name() + "/" + p), Ref.union(principal));
      Hcl.Builder b = m.resource(a, region);
      if (principal == null) b.str("principal", id.isEmpty() ? p : id);
      else b.raw("principal", principal.expr());
      m.add(file, b.raw("resource_share_arn", res.ref("arn").expr()).build());
    }
    m.creates.add("RAM share " + share.name() + " of " + share.resourceIds() + " with " + share.principals());
  }
}
