package io.vpcplan.generate.terraform;

import io.vpcplan.generate.Names;
import io.vpcplan.model.Peering;
import io.vpcplan.model.Vpc;
import java.util.Optional;
import java.util.Set;

/**
 * VPC peering for mesh designs. The requester is the first side that these modules create; the
 * peer accepts in its own module (another account), in the same module (same account, other
 * region), or not at all (same account and region: auto_accept).
 */
final class Peerings {
  /** One peering as written: the requesting VPC, the peer's VPC id, account and region. */
  record Pcx(Peering peering, Vpc requester, String peerVpcId, Optional<Vpc> peerVpc, String peerAccount,
      String peerRegion) {
    boolean sameAccount() {
      return requester.account().equals(peerAccount);
    }

    boolean sameRegion() {
      return requester.region().equals(peerRegion);
    }

    String name() {
      return Names.snake(peering.id());
    }

    String inputName() {
      return "vpc_peering_connection_id_" + name();
    }
  }

  private Peerings() {}

  static Optional<Pcx> plan(Context ctx, Peering p) {
    Optional<Vpc> r = ctx.vpc(p.requesterVpcId());
    Optional<Vpc> a = ctx.vpc(p.accepterVpcId());
    if (r.isPresent() && Context.created(r.get())) {
      return Optional.of(new Pcx(p, r.get(), p.accepterVpcId(), a, a.map(Vpc::account).orElse(p.accepterAccount()),
          a.map(Vpc::region).orElse(or(p.accepterRegion(), r.get().region()))));
    }
    if (a.isPresent() && Context.created(a.get())) {
      return Optional.of(new Pcx(p, a.get(), p.requesterVpcId(), r, r.map(Vpc::account).orElse(p.requesterAccount()),
          r.map(Vpc::region).orElse(or(p.requesterRegion(), a.get().region()))));
    }
    return Optional.empty();
  }

  private static String or(String s, String other) {
    return s.isEmpty() ? other : s;
  }

  static Res requesterRes(Context ctx, Pcx x) {
    Module m = ctx.module(x.requester().account());
    return new Res("aws_vpc_peering_connection", x.name(), peerVpcRef(ctx, m, x).gates());
  }

  private static Ref peerVpcRef(Context ctx, Module m, Pcx x) {
    return x.peerVpc().map(v -> ctx.vpcId(m, v)).orElseGet(() -> m.input("vpc_id_" + Names.snake(x.peerVpcId()),
        "peer VPC " + x.peerVpcId(), Context.known(x.peerVpcId(), "vpc-"), null));
  }

  /** The accepter: in the requester's module for a same-account peering, else in the peer's (gated). */
  static Res accepterRes(Context ctx, Pcx x) {
    if (x.sameAccount()) return new Res("aws_vpc_peering_connection_accepter", x.name(), requesterRes(ctx, x).gates());
    return new Res("aws_vpc_peering_connection_accepter", x.name(), Set.of(x.inputName()));
  }

  /** The peering connection id as VPC {@code v}'s module sees it, for a route; null when unknown. */
  static Ref routeTarget(Context ctx, Module m, Vpc v, String pcxId) {
    Optional<Pcx> x = ctx.peering(pcxId).flatMap(p -> plan(ctx, p));
    if (x.isEmpty()) {
      String known = Context.known(pcxId, "pcx-");
      return known == null ? null : m.input("vpc_peering_connection_id_" + Names.snake(pcxId), "peering " + pcxId, known, null);
    }
    Pcx p = x.get();
    if (v.id().equals(p.requester().id()) || p.sameAccount() && p.sameRegion()) return requesterRes(ctx, p).ref("id");
    if (p.sameAccount()) return accepterRes(ctx, p).ref("id");
    m.input(p.inputName(), "peering " + pcxId + " requested by " + p.requester().displayName(), null,
        Names.snake(p.requester().account()));
    return accepterRes(ctx, p).ref("id");
  }

  static void write(Context ctx, Peering peering) {
    Optional<Pcx> o = plan(ctx, peering);
    if (o.isEmpty()) return;
    Pcx x = o.get();
    Vpc r = x.requester();
    Module m = ctx.module(r.account());
    String file = "peering.tf";
    Res req = requesterRes(ctx, x);
    Ref peerVpc = peerVpcRef(ctx, m, x);
    String label = r.displayName() + " to " + x.peerVpc().map(Vpc::displayName).orElse(x.peerVpcId());
    Hcl.Builder b = m.resource(req, r.region()).raw("vpc_id", Context.vpcRes(r).ref("id").expr())
        .raw("peer_vpc_id", peerVpc.expr());
    if (!x.sameAccount()) {
      String id = ctx.accountId(x.peerAccount());
      if (id.isEmpty()) {
        b.raw("peer_owner_id", m.input("account_id_" + Names.snake(x.peerAccount()), "account " + x.peerAccount(), null, null).expr());
      } else {
        b.str("peer_owner_id", id);
      }
    }
    if (!x.sameRegion()) b.str("peer_region", x.peerRegion());
    if (x.sameAccount() && x.sameRegion()) b.raw("auto_accept", "true");
    m.add(file, b.tags(Tags.of(m.planName, peering.id(), label)).build());
    m.creates.add("peering " + label + (x.sameAccount() ? "" : " (requested here, accepted by " + x.peerAccount() + ")"));
    if (x.sameAccount() && !x.sameRegion()) {
      Res acc = accepterRes(ctx, x);
      m.add(file, m.resource(acc, x.peerRegion()).raw("vpc_peering_connection_id", req.ref("id").expr())
          .raw("auto_accept", "true").tags(Tags.of(m.planName, peering.id(), label)).build());
    } else if (!x.sameAccount()) {
      m.output(x.inputName(), "peering " + label + ": " + x.peerAccount() + " accepts it", req.outputValue("id"));
      if (x.peerVpc().isPresent() && Context.created(x.peerVpc().get())) {
        Module pm = ctx.module(x.peerAccount());
        Ref in = pm.input(x.inputName(), "peering " + label + " requested by account " + r.account(), null,
            Names.snake(r.account()));
        Res acc = accepterRes(ctx, x);
        pm.add(file, pm.resource(acc, x.peerRegion()).raw("vpc_peering_connection_id", in.expr())
            .raw("auto_accept", "true").tags(Tags.of(pm.planName, peering.id(), label)).build());
        pm.creates.add("acceptance of peering " + label);
      } else {
        m.manual.add("peering " + label + ": the peer VPC is not created here; accept it in account " + x.peerAccount()
            + " and add its routes there");
      }
    }
  }
}
