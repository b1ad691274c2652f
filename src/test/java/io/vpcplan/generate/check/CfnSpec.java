package io.vpcplan.generate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource model from npm {@code @aws-cdk/aws-service-spec} ({@code db.json.gz},
 * a graph of entities: resources and the type definitions their properties refer to by {@code $id}).
 * Loaded once per JVM; only what the checker needs is kept.
 */
public final class CfnSpec {
  /** One property: its type (the db's type expression) and whether CloudFormation requires it. */
  public record Prop(JsonNode type, boolean required) {}

  /** A resource type: its properties and the attribute names {@code Fn::GetAtt} may read. */
  public record Resource(String type, Map<String, Prop> properties, Set<String> attributes) {}

  /** A nested property type (a CloudFormation "property type"). */
  public record TypeDef(String name, Map<String, Prop> properties) {}

  private final Map<String, Resource> resources;
  private final Map<String, TypeDef> types;

  private CfnSpec(Map<String, Resource> resources, Map<String, TypeDef> types) {
    this.resources = resources;
    this.types = types;
  }

  private static final class Holder {
    static final CfnSpec SPEC = load();
  }

  /** The model; call {@link Tools#require} with {@code CFN_SPEC} first. */
  public static CfnSpec get() {
    return Holder.SPEC;
  }

  public Optional<Resource> resource(String cfnType) {
    return Optional.ofNullable(resources.get(cfnType));
  }

  public Optional<TypeDef> type(String id) {
    return Optional.ofNullable(types.get(id));
  }

  public int resourceCount() {
    return resources.size();
  }

  private static CfnSpec load() {
    JsonNode schema;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Tools.cfnSpecDb()), 1 << 16)) {
      schema = new ObjectMapper().readTree(in).path("schema");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Tools.cfnSpecDb(), e);
    }
    Map<String, Resource> resources = new HashMap<>();
    for (JsonNode r : schema.path("resource").path("entities")) {
      Set<String> attrs = new java.util.HashSet<>();
      r.path("attributes").properties().forEach(e -> attrs.add(e.getKey()));
      String type = r.path("cloudFormationType").asText();
      resources.putIfAbsent(type, new Resource(type, props(r), Set.copyOf(attrs)));
    }
    Map<String, TypeDef> types = new HashMap<>();
    for (JsonNode t : schema.path("typeDefinition").path("entities")) {
      types.put(t.path("$id").asText(), new TypeDef(t.path("name").asText(), props(t)));
    }
    if (resources.isEmpty()) throw new IllegalStateException(Tools.cfnSpecDb() + " holds no resource types; is it the right package?");
    return new CfnSpec(Map.copyOf(resources), Map.copyOf(types));
  }

  private static Map<String, Prop> props(JsonNode entity) {
    Map<String, Prop> out = new LinkedHashMap<>();
    entity.path("properties").properties().forEach(e ->
        out.put(e.getKey(), new Prop(e.getValue().path("type"), e.getValue().path("required").asBoolean(false))));
    return out;
  }
}
