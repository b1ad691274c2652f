package io.vpcplan.aws;

import io.vpcplan.change.Desired;
import io.vpcplan.change.Kind;
import io.vpcplan.change.Want;
import io.vpcplan.generate.OwnershipTags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The least-privilege IAM policies apply needs, per account, derived from the steps the plan has
 * there ({@link ApplyActions}): reads, creates, tagging on create only, changes (and, with
 * {@code prune}, deletes) only of resources carrying this plan's {@code vpcplan:plan} tag.
 * Accounts that need the same actions share one document.
 */
public final class IamPolicy {
  /** One policy document and the accounts it is for. */
  public record Document(List<String> accounts, String role, Map<String, Object> policy) {}

  private IamPolicy() {}

  public static List<Document> of(Desired.Result desired, String plan, boolean prune) {
    return of(desired, plan, prune, Map.of());
  }

  /**
   * With {@code prune}, also the deletes of what the state file records in each account: a design that
   * dropped every NAT gateway or peering of an account still lets apply --prune delete them.
   */
  public static List<Document> of(Desired.Result desired, String plan, boolean prune,
      Map<String, StateFile.Entry> recorded) {
    Map<String, TreeSet<Kind>> kinds = new TreeMap<>();
    for (Want w : desired.wants()) kinds.computeIfAbsent(w.account(), k -> new TreeSet<>()).add(w.kind());
    Map<String, TreeSet<Kind>> gone = new TreeMap<>();
    if (prune) {
      for (StateFile.Entry e : recorded.values()) {
        for (Kind k : Kind.values()) {
          if (k.label().equals(e.type())) gone.computeIfAbsent(e.account(), a -> new TreeSet<>()).add(k);
        }
        kinds.computeIfAbsent(e.account(), k -> new TreeSet<>());
      }
    }
    Map<String, Document> byPolicy = new LinkedHashMap<>();
    List<Document> out = new ArrayList<>();
    for (Map.Entry<String, TreeSet<Kind>> e : kinds.entrySet()) {
      Map<String, Object> policy = policy(e.getValue(), gone.getOrDefault(e.getKey(), new TreeSet<>()), plan, prune);
      String key = policy.toString();
      Document d = byPolicy.get(key);
      if (d == null) {
        boolean network = e.getValue().stream().anyMatch(Kind::networkAccount);
        d = new Document(new ArrayList<>(), network ? "network account: transit gateways, RAM shares, TGW routing"
            + " (and its own VPCs)" : "member account: VPCs, subnets, route tables, attachments", policy);
        byPolicy.put(key, d);
        out.add(d);
      }
      d.accounts().add(e.getKey());
    }
    return out;
  }

  private static Map<String, Object> policy(TreeSet<Kind> kinds, TreeSet<Kind> recorded, String plan, boolean prune) {
    TreeSet<String> create = new TreeSet<>();
    TreeSet<String> change = new TreeSet<>();
    TreeSet<String> delete = new TreeSet<>();
    TreeSet<String> tagOnCreate = new TreeSet<>();
    TreeSet<String> tagOwned = new TreeSet<>();
    for (Kind k : kinds) {
      for (String a : ApplyActions.create(k)) {
        if (a.startsWith("ec2:") && ApplyActions.TAG_ON_CREATE.contains(a.substring(4))) tagOnCreate.add(a.substring(4));
        if (k.taggable() || a.startsWith("ram:") || a.startsWith("ec2:Create")) create.add(a);
        else change.add(a); // associations, routes, acceptances: on resources this plan owns
      }
      for (String a : ApplyActions.update(k)) (a.equals("ec2:CreateTags") ? tagOwned : create).add(a);
      if (prune) delete.addAll(ApplyActions.delete(k));
    }
    if (prune) for (Kind k : recorded) delete.addAll(ApplyActions.delete(k));
    create.removeAll(change);
    List<Object> statements = new ArrayList<>();
    statements.add(statement("VpcplanRead", ApplyActions.reads(), null));
    statements.add(statement("VpcplanCreate", List.copyOf(create), null));
    if (!tagOnCreate.isEmpty()) {
      statements.add(statement("VpcplanTagOnCreate", List.of("ec2:CreateTags"),
          Map.of("StringEquals", Map.of("ec2:CreateAction", List.copyOf(tagOnCreate)))));
    }
    Map<String, Object> owned = Map.of("StringEquals", Map.of("aws:ResourceTag/" + OwnershipTags.PLAN, plan));
    // associations, routes and acceptances name resources of two accounts (a shared TGW's table, another
    // account's attachment), whose tags the caller may not see: these cannot be scoped by tag
    if (!change.isEmpty()) statements.add(statement("VpcplanConnect", List.copyOf(change), null));
    if (!tagOwned.isEmpty()) statements.add(statement("VpcplanRetagOwned", List.copyOf(tagOwned), owned));
    if (!delete.isEmpty()) statements.add(statement("VpcplanDeleteOwned", List.copyOf(delete), owned));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Version", "2012-10-17");
    doc.put("Statement", statements);
    return doc;
  }

  private static Map<String, Object> statement(String sid, List<String> actions, Map<String, Object> condition) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("Sid", sid);
    s.put("Effect", "Allow");
    s.put("Action", actions);
    s.put("Resource", "*");
    if (condition != null) s.put("Condition", condition);
    return s;
  }
}
