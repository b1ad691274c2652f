package io.vpcplan.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML (or JSON, a subset) file into a {@link YNode} tree with locations. Refuses, with a
 * located message, what is not text, too large, or not well-formed YAML; duplicate keys are errors.
 */
public final class YamlReader {
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  private YamlReader() {}

  public static YNode read(Path file) {
    return read(file, DEFAULT_MAX_BYTES);
  }

  public static YNode read(Path file, long maxBytes) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(new Location(name, 1, 1), "",
            "file is " + (size / (1024 * 1024)) + " MB; the limit is " + (maxBytes / (1024 * 1024))
                + " MB. Split it, or check that this is the file you meant");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(Location.of(name), "", "file not found; check the path");
    } catch (IOException e) {
      throw new InputException(Location.of(name), "", "cannot read file: " + FileProblems.cannotRead(e));
    }
    return parse(name, bytes);
  }

  public static YNode parse(String name, byte[] bytes) {
    String text = decode(name, bytes);
    if (text.isBlank()) {
      throw new InputException(new Location(name, 1, 1), "", "file is empty; see the design-file reference in README.md");
    }
    YNode fast = FastYaml.parse(name, text);
    if (fast != null) return fast;
    return full(name, text);
  }

  /** The full YAML parser: everything FastYaml leaves alone, and every error message. */
  static YNode full(String name, String text) {
    LoaderOptions opts = new LoaderOptions();
    opts.setCodePointLimit(Integer.MAX_VALUE);
    opts.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both locations
    YAMLFactory f = YAMLFactory.builder().loaderOptions(opts)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build();
    try (JsonParser p = f.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) throw new InputException(new Location(name, 1, 1), "", "file holds no YAML document (only comments or blank lines)");
      YNode root = readValue(p, name, "", scalarAnchors(text, opts));
      if (p.nextToken() != null) {
        throw new InputException(loc(name, p.currentTokenLocation()), "", "more than one YAML document; keep one per file");
      }
      return root;
    } catch (JsonProcessingException e) {
      int[] mark = ParserMessages.problemMark(e.getOriginalMessage());
      Location at = mark != null ? new Location(name, mark[0], mark[1]) : loc(name, e.getLocation());
      throw new InputException(at, "", "not valid YAML: " + ParserMessages.clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(Location.of(name), "", "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof InputException ie) throw ie;
      // SnakeYAML reports some syntax problems as unchecked exceptions with a mark
      int[] mark = ParserMessages.problemMark(e.getMessage());
      throw new InputException(mark != null ? new Location(name, mark[0], mark[1]) : new Location(name, 1, 1), "",
          "not valid YAML: " + ParserMessages.clean(e.getMessage()));
    }
  }

  private static YNode readValue(JsonParser p, String file, Object path, Map<String, YNode> anchors)
      throws IOException {
    JsonToken t = p.currentToken();
    Location at = loc(file, p.currentTokenLocation());
    // Jackson reports an alias (*NAME) as a string holding the anchor name: resolve it here.
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      YNode target = anchors.getOrDefault("&" + p.getText(), anchors.get(p.getText()));
      if (target == null) {
        throw new InputException(at, path.toString(), "alias *" + p.getText() + " has no anchor &" + p.getText() + " before it");
      }
      return target.isScalar() ? new YNode(YNode.Kind.SCALAR, path, at, target.raw(), null, null) : target;
    }
    String anchor = p instanceof YAMLParser y ? y.getCurrentAnchor() : null;
    YNode node = readNode(p, file, path, anchors, t, at);
    if (anchor != null) anchors.put("&" + anchor, node);
    return node;
  }

  private static YNode readNode(JsonParser p, String file, Object path, Map<String, YNode> anchors, JsonToken t,
      Location at) throws IOException {
    switch (t) {
      case START_OBJECT -> {
        Map<String, YNode> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Location keyAt = loc(file, p.currentTokenLocation());
          YNode.PathRef childPath = new YNode.PathRef(path, key, 0);
          p.nextToken();
          YNode child = readValue(p, file, childPath, anchors);
          if (m.containsKey(key)) {
            throw new InputException(keyAt, childPath.toString(), "duplicate key '" + key + "' (first at line "
                + m.get(key).location().line() + "); remove one of them");
          }
          m.put(key, child);
        }
        return new YNode(YNode.Kind.MAP, path, at, null, m, null);
      }
      case START_ARRAY -> {
        List<YNode> l = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(readValue(p, file, new YNode.PathRef(path, null, i++), anchors));
        }
        return new YNode(YNode.Kind.LIST, path, at, null, null, l);
      }
      case VALUE_NULL -> {
        return new YNode(YNode.Kind.NULL, path, at, null, null, null);
      }
      default -> {
        return new YNode(YNode.Kind.SCALAR, path, at, p.getText(), null, null);
      }
    }
  }

  /**
   * Jackson does not report anchors on scalars (only on mappings and lists), so collect them from
   * SnakeYAML's event stream; keys are bare anchor names, located nodes use "&name".
   */
  private static Map<String, YNode> scalarAnchors(String text, LoaderOptions opts) {
    Map<String, YNode> m = new java.util.HashMap<>();
    if (text.indexOf('&') < 0) return m;
    try {
      for (org.yaml.snakeyaml.events.Event e : new org.yaml.snakeyaml.Yaml(opts).parse(new java.io.StringReader(text))) {
        if (e instanceof org.yaml.snakeyaml.events.ScalarEvent s && s.getAnchor() != null) {
          m.put(s.getAnchor(), new YNode(YNode.Kind.SCALAR, "", Location.NONE, s.getValue(), null, null));
        }
      }
    } catch (RuntimeException e) {
      // a syntax error: Jackson reports it below, with its location
    }
    return m;
  }

  static Location loc(String file, JsonLocation l) {
    if (l == null) return Location.of(file);
    return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private static String decode(String name, byte[] bytes) {
    int line = 1, col = 1;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == 0) {
        throw new InputException(new Location(name, line, col), "",
            "file is binary (NUL byte), not YAML text; check that this is the file you meant");
      }
      if (b == '\n') { line++; col = 1; } else col++;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadUtf8(bytes);
      int l = 1, c = 1;
      for (int i = 0; i < bad; i++) { if (bytes[i] == '\n') { l++; c = 1; } else c++; }
      throw new InputException(new Location(name, l, c), "", "file is not UTF-8 text; save it as UTF-8");
    }
  }

  /** Offset of the first byte that breaks UTF-8 (linear scan). */
  private static int firstBadUtf8(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
      if (n < 0 || i + n >= b.length) return i;
      for (int k = 1; k <= n; k++) if ((b[i + k] & 0xC0) != 0x80) return i;
      i += n + 1;
    }
    return Math.max(0, b.length - 1);
  }
}
