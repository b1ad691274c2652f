package io.vpcplan.generate.terraform;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.Names;
import io.vpcplan.model.Account;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Network;
import io.vpcplan.model.Origin;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every writer needs: the modules (one per account) and how one module names a thing that
 * may live in another: directly when it is its own, else through an input variable whose name
 * equals the output of the module that creates it.
 */
final class Context {
  final Network network;
  final GenerateOptions options;
  final Map<String, Module> modules = new TreeMap<>();
  /** Where the IPAM goes (asked per VPC, so worked out once). */
  final io.vpcplan.generate.NetworkAccount networkAccount;
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, Vpc> vpcs = new HashMap<>();
  private final Map<String, TransitGateway> tgws = new HashMap<>();
  private final Map<String, Peering> peerings = new HashMap<>();
  /** VPC id → its VPC attachments with their gateway, in the network's gateway and attachment order. */
  private final Map<String, List<Attached>> vpcAttachments = new HashMap<>();
  /** transit gateway id → attachment id → the first attachment with that id. */
  private final Map<String, Map<String, TgwAttachment>> attachments = new HashMap<>();

  /** A VPC attachment and the gateway it is on. */
  record Attached(TransitGateway tgw, TgwAttachment attachment) {}

  Context(Network network, GenerateOptions options) {
    this.network = network;
    this.options = options;
    for (Account a : network.accounts()) {
      accounts.put(a.key(), a);
      if (!a.id().isEmpty()) accounts.putIfAbsent(a.id(), a);
    }
    for (Vpc v : network.vpcs()) vpcs.put(v.id(), v);
    for (TransitGateway t : network.transitGateways()) {
      tgws.put(t.id(), t);
      Map<String, TgwAttachment> byId = attachments.computeIfAbsent(t.id(), k -> new HashMap<>());
      for (TgwAttachment a : t.attachments()) {
        byId.putIfAbsent(a.id(), a);
        if (a.type() == AttachmentType.VPC) {
          vpcAttachments.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(new Attached(t, a));
        }
      }
    }
    for (Peering p : network.peerings()) peerings.put(p.id(), p);
    networkAccount = io.vpcplan.generate.NetworkAccount.of(network);
  }

  Module module(String accountKey) {
    return modules.computeIfAbsent(accountKey, k -> new Module(k, accountId(k), options.planName()));
  }

  /** The 12-digit id of an account named by key, or "" when the plan does not know it. */
  String accountId(String key) {
    Account a = accounts.get(key);
    if (a != null && !a.id().isEmpty()) return a.id();
    return Account.isAccountId(key) ? key : ""; // an account known only by its id (an existing VPC's owner)
  }

  Optional<Vpc> vpc(String id) {
    return Optional.ofNullable(vpcs.get(id));
  }

  /** The VPC attachments of a VPC (looked up, not searched: a hub has one per VPC). */
  List<Attached> vpcAttachments(String vpcId) {
    return vpcAttachments.getOrDefault(vpcId, List.of());
  }

  /** The attachment with this id on a gateway (the first, as a scan would find it). */
  Optional<TgwAttachment> attachment(TransitGateway t, String id) {
    if (tgws.get(t.id()) != t) return t.attachments().stream().filter(a -> a.id().equals(id)).findFirst();
    return Optional.ofNullable(attachments.get(t.id()).get(id));
  }

  Optional<Peering> peering(String id) {
    return Optional.ofNullable(peerings.get(id));
  }

  Optional<TransitGateway> tgw(String id) {
    return Optional.ofNullable(tgws.get(id));
  }

  /** VPCs that already exist (and are not being codified) are referred to, never created. */
  static boolean created(Vpc v) {
    return v.origin() != Origin.EXISTING;
  }

  static Res vpcRes(Vpc v) {
    return new Res("aws_vpc", Names.snake(v.id()), Set.of());
  }

  Ref vpcId(Module m, Vpc v) {
    if (created(v) && v.account().equals(m.accountKey)) return vpcRes(v).ref("id");
    String from = created(v) ? Names.snake(v.account()) : null;
    return m.input("vpc_id_" + Names.snake(v.id()), "VPC " + v.displayName(), known(v.id(), "vpc-"), from);
  }

  Ref tgwId(Module m, String tgwId) {
    Optional<TransitGateway> t = tgw(tgwId);
    if (t.isPresent() && t.get().account().equals(m.accountKey)) return TgwWriter.tgwRes(t.get()).ref("id");
    String from = t.map(x -> Names.snake(x.account())).orElse(null);
    return m.input("transit_gateway_id_" + Names.snake(tgwId), "transit gateway " + t.map(TransitGateway::name)
        .filter(n -> !n.isEmpty()).orElse(tgwId) + " (shared through RAM)", known(tgwId, "tgw-"), from);
  }

  /** An attachment as the module of its transit gateway's owner sees it. */
  Ref attachmentId(Module m, TransitGateway t, TgwAttachment a) {
    if (a.type() == AttachmentType.PEERING) {
      Optional<TransitGateway> peer = tgw(a.resourceId());
      if (peer.isPresent() && peer.get().account().equals(t.account())) return TgwWriter.peeringAccepterRes(a).ref("id");
      return attachmentInput(m, a, null);
    }
    Optional<Vpc> v = a.type() == AttachmentType.VPC ? vpc(a.resourceId()) : Optional.empty();
    if (v.isPresent() && created(v.get())) {
      if (v.get().account().equals(t.account())) return VpcWriter.attachmentRes(a, Set.of()).ref("id");
      Ref in = attachmentInput(m, a, v.get().account());
      return TgwWriter.vpcAccepterRes(a, in).ref("id");
    }
    Optional<Ref> onPrem = HybridWriter.attachment(this, m, t, a);
    if (onPrem.isPresent()) return onPrem.get();
    return attachmentInput(m, a, null);
  }

  Ref attachmentInput(Module m, TgwAttachment a, String fromAccount) {
    return m.input("tgw_attachment_id_" + Names.snake(a.id()), "transit gateway attachment " + a.id(),
        known(a.id(), "tgw-attach-"), fromAccount == null ? null : Names.snake(fromAccount));
  }

  /** The id itself when it is a real AWS id (an imported estate), else null: a value still to come. */
  static String known(String id, String prefix) {
    if (!id.startsWith(prefix)) return null;
    return ID_PART.matcher(id).region(prefix.length(), id.length()).matches() ? id : null;
  }

  private static final java.util.regex.Pattern ID_PART = java.util.regex.Pattern.compile("[0-9a-f]{8}([0-9a-f]{9})?");
}
