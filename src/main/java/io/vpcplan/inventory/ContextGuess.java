package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Account and region for files whose folders do not name them (Batfish's single-account layouts,
 * a lone describe-* file): the most common OwnerId (Direct Connect: ownerAccount), and the region of
 * the most common AvailabilityZone (Direct Connect: region). "unknown", with an INFO finding saying how to name it, when the data is silent.
 */
final class ContextGuess {
  static final String UNKNOWN = "unknown";
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final Pattern AZ_REGION = Pattern.compile("([a-z]{2}(-[a-z]+)+-\\d{1,2})[a-z]?(-.*)?");

  private ContextGuess() {}

  static String account(List<Path> files, Path where, List<Finding> out) {
    Map<String, Integer> seen = count(files, "OwnerId");
    count(files, "ownerAccount").forEach((a, n) -> seen.merge(a, n, Integer::sum)); // Direct Connect's spelling
    return pick(seen, where, "account", "OwnerId", "--account ACCOUNT, or put the files in aws_configs/<account>/<region>/", out);
  }

  static String region(List<Path> files, Path where, List<Finding> out) {
    Map<String, Integer> seen = new TreeMap<>();
    count(files, "AvailabilityZone").forEach((az, n) -> {
      Matcher m = AZ_REGION.matcher(az);
      if (m.matches()) seen.merge(m.group(1), n, Integer::sum);
    });
    count(files, "region").forEach((r, n) -> { // Direct Connect items name their region
      if (Layouts.REGION.matcher(r).matches()) seen.merge(r, n, Integer::sum);
    });
    return pick(seen, where, "region", "AvailabilityZone", "--region REGION, or put the files in aws_configs/<region>/", out);
  }

  private static String pick(Map<String, Integer> seen, Path where, String what, String field, String fix,
      List<Finding> out) {
    if (seen.isEmpty()) {
      out.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, "no folder and no " + field + " in the data names the "
          + what + " of these files; they are read as " + what + " '" + UNKNOWN + "': give " + fix, Location.of(where.toString())));
      return UNKNOWN;
    }
    String best = null;
    for (Map.Entry<String, Integer> e : seen.entrySet()) if (best == null || e.getValue() > seen.get(best)) best = e.getKey();
    if (seen.size() > 1) {
      out.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, "no folder names the " + what + " of these files and their "
          + field + " values differ " + seen + "; they are read as " + what + " " + best + ": if that is wrong, give " + fix,
          Location.of(where.toString())));
    }
    return best;
  }

  /** How often each string value of {@code field} occurs, at any depth; unreadable files count nothing. */
  private static Map<String, Integer> count(List<Path> files, String field) {
    Map<String, Integer> seen = new TreeMap<>();
    for (Path f : files) {
      try (JsonParser p = JSON.createParser(f.toFile())) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals(field)
              && p.nextToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
            seen.merge(p.getText(), 1, Integer::sum);
          }
        }
      } catch (IOException e) {
        // the real read reports it with file:line:column
      }
    }
    return seen;
  }
}
