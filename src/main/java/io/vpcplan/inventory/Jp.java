package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.model.Location;
import java.io.IOException;

/** Small helpers for walking describe-* JSON with a streaming parser, no trees. */
final class Jp {
  private Jp() {}

  interface Fields {
    /** Called with the parser on the value of {@code name}; must consume the whole value. */
    void field(String name) throws IOException;
  }

  interface Items {
    /** Called with the parser on one array item; must consume the whole item. */
    void item(int index) throws IOException;
  }

  static Location loc(String file, JsonParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** Walks the object the parser is on; a wrong type becomes a problem on {@code e}. */
  static void object(JsonParser p, Elem e, String field, Fields h) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return;
    if (t != JsonToken.START_OBJECT) {
      e.problem(p, field, "expected an object, found " + describe(p));
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      h.field(name);
    }
  }

  /** {@link #object} for an element read by {@link DescribeFile#elements}: its path is named only in a problem. */
  static void element(JsonParser p, Elem e, Fields h) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      object(p, e, e.path(), h);
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      h.field(name);
    }
  }

  static void array(JsonParser p, Elem e, String field, Items h) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) return;
    if (t != JsonToken.START_ARRAY) {
      e.problem(p, field, "expected a list, found " + describe(p));
      p.skipChildren();
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) h.item(i++);
  }

  /** The value of the Name tag in a Tags list ([{Key, Value}]), or null. */
  static String nameTag(JsonParser p, Elem e) throws IOException {
    String[] name = {null};
    array(p, e, "Tags", i -> {
      String[] kv = new String[2];
      // constant paths: no string building per tag (the problem's line:column says which tag)
      boolean[] isName = {false};
      object(p, e, "Tags[]", f -> {
        if (f.equals("Key")) isName[0] = e.textIs(p, "Tags[].Key", "Name", false, false);
        else if (f.equals("Value")) kv[1] = e.str(p, "Tags[].Value");
        else p.skipChildren();
      });
      if (isName[0]) name[0] = kv[1];
    });
    return name[0];
  }

  /** Reads a nested {"State": "..."} (CidrBlockState, AssociationState, Status.Code …). */
  static String state(JsonParser p, Elem e, String field, String key) throws IOException {
    String[] s = {null};
    object(p, e, field, f -> {
      if (f.equals(key)) s[0] = e.str(p, field + "." + key);
      else p.skipChildren();
    });
    return s[0];
  }

  /** {@code is(state(...), wanted)} without a String: true when the state is missing or {@code wanted} in any case. */
  static boolean stateIs(JsonParser p, Elem e, String field, String key, String wanted) throws IOException {
    return stateIs(p, e, field, key, wanted, wanted);
  }

  /** As above, true for either of two states. */
  static boolean stateIs(JsonParser p, Elem e, String field, String key, String wanted, String orWanted)
      throws IOException {
    boolean[] is = {true};
    object(p, e, field, f -> {
      if (!f.equals(key)) p.skipChildren();
      else if (p.currentToken() == JsonToken.VALUE_STRING) {
        is[0] = e.textIs(p, null, wanted, true, true) || e.textIs(p, null, orWanted, true, true);
      } else {
        is[0] = e.textIs(p, field + "." + key, wanted, true, true); // a problem: name the field
      }
    });
    return is[0];
  }

  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) return "the end of the file";
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the string '" + clip(p.getText()) + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE, VALUE_FALSE -> p.getText();
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private static String clip(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** AWS states are lower-case ("available") in most APIs and capitalised ("Available") in a few. */
  static boolean is(String state, String wanted) {
    return state == null || state.equalsIgnoreCase(wanted);
  }

  /** A TGW or TGW attachment in service: available, or modifying (a change in progress keeps it forwarding). */
  static boolean live(String state) {
    return is(state, "available") || "modifying".equalsIgnoreCase(state);
  }
}
