package io.vpcplan.io;

import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON value that remembers where it stood (file:line:column) and its path
 * (e.g. {@code accounts[2].vpcs[0].cidr}), so every error can name both.
 */
public final class YNode {
  public enum Kind { MAP, LIST, SCALAR, NULL }

  private final Kind kind;
  private final Object path; // a String, or a PathRef rendered only when an error needs it
  private final Location location;
  private final String scalar;
  private final Map<String, YNode> map;
  private final List<YNode> list;

  YNode(Kind kind, Object path, Location location, String scalar, Map<String, YNode> map, List<YNode> list) {
    this.kind = kind;
    this.path = path;
    this.location = location;
    this.scalar = scalar;
    this.map = map;
    this.list = list;
  }

  public Kind kind() { return kind; }
  public String path() { return path.toString(); }

  /** A path built without string concatenation: parent plus key or index, rendered on demand. */
  record PathRef(Object parent, String key, int index) {
    @Override
    public String toString() {
      String p = parent.toString();
      if (key == null) return p + "[" + index + "]";
      return p.isEmpty() ? key : p + "." + key;
    }
  }
  public Location location() { return location; }
  public boolean isNull() { return kind == Kind.NULL; }
  public boolean isMap() { return kind == Kind.MAP; }
  public boolean isList() { return kind == Kind.LIST; }
  public boolean isScalar() { return kind == Kind.SCALAR; }

  public InputException error(String problem) {
    return new InputException(location, path.toString(), problem);
  }

  /** Entries of a map in file order; an error if this is not a map. */
  public Map<String, YNode> asMap() {
    if (kind == Kind.NULL) return Map.of();
    if (kind != Kind.MAP) throw error("expected a mapping (key: value), found " + describe());
    return Collections.unmodifiableMap(map);
  }

  public List<YNode> asList() {
    if (kind == Kind.NULL) return List.of();
    if (kind != Kind.LIST) throw error("expected a list (- item), found " + describe());
    return Collections.unmodifiableList(list);
  }

  public String asText() {
    if (kind != Kind.SCALAR) throw error("expected a single value, found " + describe());
    return scalar;
  }

  public String raw() {
    return scalar;
  }

  public YNode get(String key) {
    return kind == Kind.MAP ? map.get(key) : null;
  }

  String describe() {
    return switch (kind) {
      case MAP -> "a mapping";
      case LIST -> "a list";
      case NULL -> "nothing";
      case SCALAR -> "'" + scalar + "'";
    };
  }
}
