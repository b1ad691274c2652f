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
 * get no TGW of their own and attach to the TGW of every environment they route with. Every other
 * environment gets a TGW per region. A VPC with an explicit intent into an environment it shares
 * no TGW with also attaches to that environment's TGW (the smaller id of the pair does).
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
      segmentsOf.computeIfAbsent(e, k -> new TreeSet<>()).add(v.segment());
    }
    Map<String, Set<String>> partners = new TreeMap<>();
    for (String e : segmentsOf.keySet()) {
      for (String f : segmentsOf.keySet()) {
        if (!e.equals(f) && routes(g, segmentsOf.get(e), segmentsOf.get(f))) partners.computeIfAbsent(e, k -> new TreeSet<>()).add(f);
      }
    }
    List<String> envs = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    for (String e : segmentsOf.keySet()) (partners.getOrDefault(e, Set.of()).size() >= 2 ? shared : envs).add(e);
    if (envs.size() < 2) return new SplitEnvs(envs, shared, Map.of());
    Map<String, TreeSet<String>> attach = new HashMap<>();
    for (Vpc v : g.vpcs()) {
      TreeSet<String> set = new TreeSet<>();
      String e = env.get(v.id());
      if (!shared.contains(e)) set.add(e);
      else for (String f : envs) if (routes(g, Set.of(v.segment()), segmentsOf.get(f))) set.add(f);
      attach.put(v.id(), set);
    }
    for (String[] p : g.explicitPairs()) {
      TreeSet<String> a = attach.get(p[0]);
      TreeSet<String> b = attach.get(p[1]);
      if (a == null || b == null || common(a, b) != null || b.isEmpty()) continue;
      a.add(b.first());
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
