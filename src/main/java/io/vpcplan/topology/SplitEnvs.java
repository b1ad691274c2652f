package io.vpcplan.topology;

import io.vpcplan.model.Account;
import io.vpcplan.model.Network;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which transit gateways a split-TGW design builds and which of them each VPC attaches to. A
 * VPC's environment is its account's {@code environment}, else its segment's name. An environment
 * whose segments route with two or more other environments is shared (shared services): its VPCs
 * get no TGW of their own and attach to the TGW of every environment they route with. Other
 * environments that route with each other share one TGW (their names joined by '+'): a TGW per
 * group per region. A VPC with an explicit intent into an environment it shares
 * no TGW with also attaches to that environment's TGW (the smaller id of the pair does, or the one
 * with no environment of its own).
 */
record SplitEnvs(List<String> envs, List<String> shared, Map<String, TreeSet<String>> attach) {
  static SplitEnvs of(TopologyGraph g, Network n) {
    Map<String, String> accountEnv = new HashMap<>();
    for (Account a : n.accounts()) {
      if (a.environment().isEmpty()) continue;
      accountEnv.put(a.key(), a.environment());
      if (!a.id().isEmpty()) accountEnv.put(a.id(), a.environment());
    }
    Map<String, String> env = new HashMap<>();
    Map<String, Set<String>> segmentsOf = new TreeMap<>();
    for (Vpc v : g.vpcs()) {
      String e = accountEnv.getOrDefault(v.account(), v.segment());
      env.put(v.id(), e);
      // a VPC of no segment and no environment routes only where an intent says: it joins its partners' TGWs
      if (!e.isEmpty()) segmentsOf.computeIfAbsent(e, k -> new TreeSet<>()).add(v.segment());
    }
    Map<String, Set<String>> partners = new TreeMap<>();
    for (String e : segmentsOf.keySet()) {
      for (String f : segmentsOf.keySet()) {
        if (!e.equals(f) && routes(g, segmentsOf.get(e), segmentsOf.get(f))) partners.computeIfAbsent(e, k -> new TreeSet<>()).add(f);
      }
    }
    List<String> shared = new ArrayList<>();
    for (String e : segmentsOf.keySet()) if (partners.getOrDefault(e, Set.of()).size() >= 2) shared.add(e);
    // environments that route with each other (not through shared services) cannot be split: one TGW group
    Map<String, String> group = new TreeMap<>();
    for (String e : segmentsOf.keySet()) if (!shared.contains(e)) group.put(e, e);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String e : group.keySet()) {
        for (String f : partners.getOrDefault(e, Set.of())) {
          if (!group.containsKey(f) || group.get(f).equals(group.get(e))) continue;
          String a = group.get(e);
          String b = group.get(f);
          String joined = String.join("+", new TreeSet<>(List.of((a + "+" + b).split("\\+"))));
          group.replaceAll((k, v) -> v.equals(a) || v.equals(b) ? joined : v);
          changed = true;
        }
      }
    }
    Map<String, Set<String>> groupSegments = new TreeMap<>();
    for (Map.Entry<String, String> e : group.entrySet()) {
      groupSegments.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).addAll(segmentsOf.get(e.getKey()));
    }
    List<String> envs = List.copyOf(groupSegments.keySet());
    if (envs.size() < 2) return new SplitEnvs(envs, shared, Map.of());
    Map<String, TreeSet<String>> attach = new HashMap<>();
    for (Vpc v : g.vpcs()) {
      TreeSet<String> set = new TreeSet<>();
      String e = env.get(v.id());
      if (group.containsKey(e)) set.add(group.get(e));
      else if (!e.isEmpty()) for (String f : envs) if (routes(g, Set.of(v.segment()), groupSegments.get(f))) set.add(f);
      attach.put(v.id(), set);
    }
    for (String[] p : g.explicitPairs()) {
      TreeSet<String> a = attach.get(p[0]);
      TreeSet<String> b = attach.get(p[1]);
      if (a == null || b == null || common(a, b) != null || (a.isEmpty() && b.isEmpty())) continue;
      if (a.isEmpty() || b.isEmpty()) (a.isEmpty() ? a : b).add((a.isEmpty() ? b : a).first());
      else a.add(b.first());
    }
    return new SplitEnvs(envs, shared, attach);
  }

  private static boolean routes(TopologyGraph g, Set<String> a, Set<String> b) {
    for (String x : a) for (String y : b) if (g.rules().routes(x, y)) return true;
    return false;
  }

  /** The environment whose TGWs carry traffic between VPCs attached to {@code a} and {@code b}: the first common one. */
  static String common(Set<String> a, Set<String> b) {
    for (String e : new TreeSet<>(a)) if (b.contains(e)) return e;
    return null;
  }

  boolean applicable() {
    return envs.size() >= 2;
  }
}
