package io.vpcplan.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Change;
import io.vpcplan.ipam.PlanResult;
import io.vpcplan.ipam.PoolUsage;
import io.vpcplan.model.Account;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine-readable plan, a documented and stable contract (README, "plan JSON"). Streamed
 * through one Jackson generator, so JSON and YAML share one definition and the same field order,
 * and 100,000 subnets never become a tree in memory.
 */
public final class PlanOutput {
  public enum Format { JSON, YAML }

  private PlanOutput() {}

  public static String render(String designFile, PlanResult r, List<Finding> collisions, Format format) {
    StringWriter w = new StringWriter(1 << 16);
    write(w, designFile, r, collisions, format);
    return w.toString();
  }

  /** {@code collisions}: findings of {@code plan --against} (design ranges that overlap the estate). */
  public static void write(Writer out, String designFile, PlanResult r, List<Finding> collisions, Format format) {
    try (JsonGenerator g = generator(out, format)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer (it may be stdout)
      write(g, designFile, r, collisions);
      g.flush();
      if (format == Format.JSON) out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonGenerator generator(Writer out, Format format) throws IOException {
    if (format == Format.YAML) {
      return YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          // account ids are strings, as in JSON: unquoted, YAML readers would make them numbers (and drop leading zeros)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS).build().createGenerator(out);
    }
    JsonGenerator g = new JsonFactory().createGenerator(out);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    return g;
  }

  private static void write(JsonGenerator g, String designFile, PlanResult r, List<Finding> collisions) throws IOException {
    Map<String, String> accountIds = new HashMap<>();
    for (Account a : r.network().accounts()) accountIds.put(a.key(), a.id());
    g.writeStartObject();
    g.writeStringField("design", designFile);
    summary(g, r);
    g.writeArrayFieldStart("vpcs");
    for (Vpc v : r.network().vpcs()) {
      g.writeStartObject();
      g.writeStringField("account", v.account());
      g.writeStringField("accountId", accountIds.getOrDefault(v.account(), ""));
      g.writeStringField("region", v.region());
      g.writeStringField("name", v.name());
      g.writeStringField("segment", v.segment());
      g.writeStringField("origin", v.origin().name().toLowerCase(Locale.ROOT));
      cidrs(g, "cidrs", v.cidrs());
      g.writeArrayFieldStart("subnets");
      for (Subnet s : v.subnets()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("tier", s.tier());
        g.writeStringField("az", s.az());
        g.writeStringField("cidr", s.cidr().toString());
        g.writeNumberField("usableHosts", s.usableHosts());
        g.writeStringField("purpose", s.purpose().label());
        g.writeBooleanField("public", s.isPublic());
        if (s.ipv6() != null) g.writeStringField("ipv6Cidr", s.ipv6().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    pools(g, r);
    PlanOnPrem.write(g, r.network().hybrid());
    g.writeArrayFieldStart("changes");
    for (Change c : r.changes()) {
      g.writeStartObject();
      g.writeStringField("change", c.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("subject", c.subject());
      g.writeStringField("detail", c.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (String w : r.warnings()) g.writeString(w);
    g.writeEndArray();
    g.writeArrayFieldStart("collisions");
    for (Finding f : collisions) {
      g.writeStartObject();
      g.writeStringField("code", f.code().name());
      g.writeStringField("severity", f.severity().label());
      g.writeStringField("message", f.message());
      nullableCidr(g, "range", f.range());
      g.writeStringField("location", f.location().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, PlanResult r) throws IOException {
    g.writeObjectFieldStart("summary");
    g.writeNumberField("vpcs", r.network().vpcs().size());
    g.writeNumberField("subnets", r.network().vpcs().stream().mapToInt(v -> v.subnets().size()).sum());
    for (Change.Kind k : Change.Kind.values()) {
      if (k == Change.Kind.CONFLICT) continue;
      g.writeNumberField(k.name().toLowerCase(Locale.ROOT),
          r.changes().stream().filter(c -> c.kind() == k && c.subject().startsWith("vpc ")).count());
    }
    g.writeNumberField("conflicts", r.conflictCount()); // the '!' lines: VPCs (each once) and blocks in conflict
    g.writeEndObject();
  }

  private static void pools(JsonGenerator g, PlanResult r) throws IOException {
    g.writeArrayFieldStart("pools");
    for (PoolUsage p : r.pools()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("cidr", p.cidr().toString());
      g.writeNumberField("size", p.cidr().size4());
      g.writeNumberField("allocated", p.allocated());
      g.writeNumberField("reserved", p.reserved());
      g.writeNumberField("free", p.free());
      g.writeNumberField("utilisation", round(p.utilisation()));
      nullableCidr(g, "largestFree", p.largestFree());
      g.writeArrayFieldStart("regions");
      for (PoolUsage.RegionUsage u : p.regions()) {
        g.writeStartObject();
        g.writeStringField("region", u.region());
        cidrs(g, "blocks", u.blocks());
        g.writeNumberField("used", u.used());
        g.writeNumberField("free", u.free());
        g.writeNumberField("utilisation", round(u.utilisation()));
        nullableCidr(g, "largestFree", u.largestFree());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void cidrs(JsonGenerator g, String field, List<Cidr> cidrs) throws IOException {
    g.writeArrayFieldStart(field);
    for (Cidr c : cidrs) g.writeString(c.toString());
    g.writeEndArray();
  }

  private static void nullableCidr(JsonGenerator g, String field, Cidr c) throws IOException {
    if (c == null) g.writeNullField(field);
    else g.writeStringField(field, c.toString());
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
