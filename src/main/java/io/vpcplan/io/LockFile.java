package io.vpcplan.io;

import io.vpcplan.model.Suggest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.ipam.Lock;
import io.vpcplan.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lock file: JSON, sorted keys, one allocation per line, so it diffs well in review.
 * Read with locations, so a hand-edited lock that breaks gets a file:line:column error.
 */
public final class LockFile {
  public static final int VERSION = 1;

  private LockFile() {}

  /** {@code designs/acme.yaml} → {@code designs/acme.lock.json}. */
  public static Path besideDesign(Path design) {
    String name = design.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return design.resolveSibling(base + ".lock.json");
  }

  public static Lock read(Path file) {
    if (!Files.exists(file)) return Lock.EMPTY;
    return new Reader(file).read();
  }

  /**
   * Streams the lock with Jackson's parser (a lock of 100,000 subnets is read in one pass, no
   * tree), keeping file:line:column for every error.
   */
  private static final class Reader {
    private static final Set<String> TOP = Set.of("version", "generatedBy", "regions", "segments", "vpcs");
    private final Path file;
    private JsonParser p;

    Reader(Path file) {
      this.file = file;
    }

    Lock read() {
      try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
        p = parser;
        expect(p.nextToken(), JsonToken.START_OBJECT, "", "a lock file is a JSON object");
        SortedMap<String, List<Cidr>> regions = new TreeMap<>();
        SortedMap<String, List<Cidr>> segments = new TreeMap<>();
        SortedMap<String, Lock.LockedVpc> vpcs = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          switch (key) {
            case "version" -> {
              if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                throw error("version", "lock file version " + p.getText() + " is not supported (expected " + VERSION + ")");
              }
            }
            case "generatedBy" -> p.skipChildren();
            case "regions" -> cidrLists("regions", regions);
            case "segments" -> cidrLists("segments", segments);
            case "vpcs" -> vpcs(vpcs);
            default -> throw error(key, "unknown key '" + key + "'" + Suggest.hint(key, TOP));
          }
        }
        return new Lock(regions, segments, vpcs);
      } catch (JsonProcessingException e) {
        throw new InputException(YamlReader.loc(file.toString(), e.getLocation()), "",
            "not valid JSON: " + ParserMessages.clean(e.getOriginalMessage()) + "; restore the lock from version control");
      } catch (IOException e) {
        throw new InputException(io.vpcplan.model.Location.of(file.toString()), "", "cannot read lock file: " + FileProblems.cannotRead(e));
      }
    }

    private void cidrLists(String field, SortedMap<String, List<Cidr>> out) throws IOException {
      expect(p.currentToken(), JsonToken.START_OBJECT, field, "expected an object of name: [CIDR, …]");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        out.put(key, cidrs(field + "." + key));
      }
    }

    private List<Cidr> cidrs(String field) throws IOException {
      expect(p.currentToken(), JsonToken.START_ARRAY, field, "expected a list of CIDRs");
      List<Cidr> l = new ArrayList<>(2);
      while (p.nextToken() != JsonToken.END_ARRAY) l.add(cidr(field));
      return l;
    }

    private Cidr cidr(String field) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) throw error(field, "expected a CIDR string, found " + p.getText());
      try {
        return Cidr.parse(p.getText());
      } catch (io.vpcplan.cidr.CidrParseException e) {
        throw error(field, e.getMessage());
      }
    }

    private void vpcs(SortedMap<String, Lock.LockedVpc> out) throws IOException {
      expect(p.currentToken(), JsonToken.START_OBJECT, "vpcs", "expected an object of account/region/name: {…}");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        String field = "vpcs." + key;
        if (key.split("/", -1).length != 3) throw error(field, "lock key '" + key + "' is not account/region/name");
        p.nextToken();
        expect(p.currentToken(), JsonToken.START_OBJECT, field, "expected {cidrs: […], subnets: {…}}");
        List<Cidr> cidrs = null;
        TreeMap<String, Cidr> subnets = new TreeMap<>();
        TreeMap<String, Cidr> subnets6 = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String k = p.currentName();
          p.nextToken();
          if (k.equals("cidrs")) {
            cidrs = cidrs(field + ".cidrs");
          } else if (k.equals("subnets") || k.equals("subnets6")) {
            expect(p.currentToken(), JsonToken.START_OBJECT, field + "." + k, "expected an object of name: CIDR");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              p.nextToken();
              (k.equals("subnets") ? subnets : subnets6).put(name, cidr(field + "." + k + "." + name));
            }
          } else {
            throw error(field + "." + k, "unknown key '" + k + "'" + Suggest.hint(k, Set.of("cidrs", "subnets", "subnets6")));
          }
        }
        if (cidrs == null || cidrs.isEmpty()) throw error(field, "a locked VPC needs at least one CIDR");
        out.put(key, new Lock.LockedVpc(cidrs, subnets, subnets6));
      }
    }

    private void expect(JsonToken got, JsonToken want, String field, String problem) {
      if (got != want) throw error(field, problem);
    }

    private InputException error(String field, String problem) {
      return new InputException(YamlReader.loc(file.toString(), p.currentTokenLocation()), field, problem);
    }
  }

  /** The lock file's bytes, to write later with {@link #write(Path, byte[])}. */
  public static byte[] bytes(Lock lock) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
    try {
      LockWriter.write(out, lock);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // not from a byte array
    }
    return out.toByteArray();
  }

  public static void write(Path file, byte[] bytes) {
    try {
      AtomicFiles.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      throw new io.vpcplan.model.RunFailedException("lock file: " + FileProblems.cannotWrite(file, e));
    }
  }

  public static void write(Path file, Lock lock) {
    try {
      AtomicFiles.write(file, out -> LockWriter.write(out, lock));
    } catch (IOException e) {
      throw new io.vpcplan.model.RunFailedException("lock file: " + FileProblems.cannotWrite(file, e));
    }
  }

  /** JSON string quoting; names are restricted by the loader, but stay safe for any text. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
