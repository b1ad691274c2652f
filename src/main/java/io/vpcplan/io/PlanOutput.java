package io.vpcplan.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Change;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Account;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable plan: a documented, stable contract (see README "plan JSON"). Built as
 * ordered maps so JSON and YAML come out in the same, deterministic order.
 */
public final class PlanOutput {
  private PlanOutput() {}

  public static Map<String, Object> tree(String designFile, PlanResult r) {
    Map<String, String> accountIds = new HashMap<>();
    for (Account a : r.network().accounts()) accountIds.put(a.key(), a.id());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("design", designFile);
    root.put("summary", summary(r));
    List<Object> vpcs = new ArrayList<>();
    for (Vpc v : r.network().vpcs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account", v.account());
      m.put("accountId", accountIds.getOrDefault(v.account(), ""));
      m.put("region", v.region());
      m.put("name", v.name());
      m.put("segment", v.segment());
      m.put("origin", v.origin().name().toLowerCase(Locale.ROOT));
      m.put("cidrs", v.cidrs().stream().map(Cidr::toString).toList());
      List<Object> subnets = new ArrayList<>();
      for (Subnet s : v.subnets()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("name", s.name());
        sm.put("tier", s.tier());
        sm.put("az", s.az());
        sm.put("cidr", s.cidr().toString());
        sm.put("usableHosts", s.usableHosts());
        sm.put("purpose", s.purpose().label());
        sm.put("public", s.isPublic());
        subnets.add(sm);
      }
      m.put("subnets", subnets);
      vpcs.add(m);
    }
    root.put("vpcs", vpcs);
    root.put("pools", pools(r));
    List<Object> changes = new ArrayList<>();
    for (Change c : r.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("change", c.kind().name().toLowerCase(Locale.ROOT));
      m.put("subject", c.subject());
      m.put("detail", c.detail());
      changes.add(m);
    }
    root.put("changes", changes);
    root.put("warnings", r.warnings());
    return root;
  }

  private static Map<String, Object> summary(PlanResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vpcs", r.network().vpcs().size());
    m.put("subnets", r.network().vpcs().stream().mapToInt(v -> v.subnets().size()).sum());
    for (Change.Kind k : Change.Kind.values()) {
      m.put(k.name().toLowerCase(Locale.ROOT) + (k == Change.Kind.CONFLICT ? "s" : ""),
          r.changes().stream().filter(c -> c.kind() == k && c.subject().startsWith("vpc ")).count());
    }
    return m;
  }

  private static List<Object> pools(PlanResult r) {
    List<Object> out = new ArrayList<>();
    for (PoolUsage p : r.pools()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("cidr", p.cidr().toString());
      m.put("size", p.cidr().size4());
      m.put("allocated", p.allocated());
      m.put("reserved", p.reserved());
      m.put("free", p.free());
      m.put("utilisation", round(p.utilisation()));
      m.put("largestFree", p.largestFree() == null ? null : p.largestFree().toString());
      List<Object> regions = new ArrayList<>();
      for (PoolUsage.RegionUsage u : p.regions()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("region", u.region());
        rm.put("blocks", u.blocks().stream().map(Cidr::toString).toList());
        rm.put("used", u.used());
        rm.put("free", u.free());
        rm.put("utilisation", round(u.utilisation()));
        rm.put("largestFree", u.largestFree() == null ? null : u.largestFree().toString());
        regions.add(rm);
      }
      m.put("regions", regions);
      out.add(m);
    }
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  public static String json(Object tree) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String yaml(Object tree) {
    try {
      YAMLFactory f = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
      return new ObjectMapper(f).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
