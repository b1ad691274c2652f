package io.vpcplan.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The live resources a plan owns, read from describe-* documents: taggable ones by their
 * {@code vpcplan:plan}/{@code vpcplan:id} tags, the others through an owned parent (routes of an
 * owned table, associations of an owned subnet …). Resources of other plans and untagged ones are
 * never ours. Pure.
 */
public final class Actual {
  private final List<Have> haves;
  private final Map<String, List<Have>> byKey = new HashMap<>();
  private final Map<String, String> keyByAwsId;
  private final Map<String, List<String>> visibleTgws;

  Actual(List<Have> haves, Map<String, String> keyByAwsId, Map<String, List<String>> visibleTgws) {
    this.haves = haves.stream().sorted(Comparator.comparing(Have::kind).thenComparing(Have::key)
        .thenComparing(Have::account).thenComparing(Have::region).thenComparing(Have::awsId)).toList();
    this.keyByAwsId = Map.copyOf(keyByAwsId);
    this.visibleTgws = visibleTgws;
    for (Have h : this.haves) byKey.computeIfAbsent(h.kind() + "\u0000" + h.key(), k -> new ArrayList<>()).add(h);
  }

  public static Actual read(String plan, List<RegionDocs> regions) {
    return new ActualReader(plan, regions).read();
  }

  public static Actual empty() {
    return new Actual(List.of(), Map.of(), Map.of());
  }

  public List<Have> haves() {
    return haves;
  }

  /** Every live resource carrying this kind and planned id (more than one with distinct AWS ids is a duplicate). */
  public List<Have> all(Kind kind, String key) {
    return byKey.getOrDefault(kind + "\u0000" + key, List.of());
  }

  /** The one in the given place when there is one there, else the first elsewhere. */
  public Optional<Have> find(Kind kind, String key, String account, String region) {
    List<Have> hs = all(kind, key);
    for (Have h : hs) if (h.account().equals(account) && h.region().equals(region)) return Optional.of(h);
    return hs.isEmpty() ? Optional.empty() : Optional.of(hs.get(0));
  }

  /** AWS id → planned id, for every owned taggable resource. */
  public Map<String, String> keyByAwsId() {
    return keyByAwsId;
  }

  /** The AWS ids of owned taggable resources, by planned id (the first when duplicated). */
  public Map<String, String> awsIdByKey() {
    Map<String, String> m = new TreeMap<>();
    for (Have h : haves) if (h.kind().taggable()) m.putIfAbsent(h.key(), h.awsId());
    return m;
  }

  /** Transit gateway AWS ids shared into (visible in) an account-region it does not own: "account/region" → ids. */
  public boolean sees(String account, String region, String tgwAwsId) {
    return visibleTgws.getOrDefault(account + "/" + region, List.of()).contains(tgwAwsId);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  static Map<String, String> tags(JsonNode item, String field, String k, String v) {
    Map<String, String> m = new TreeMap<>();
    for (JsonNode t : item.path(field)) m.put(text(t, k), text(t, v));
    return m;
  }
}
