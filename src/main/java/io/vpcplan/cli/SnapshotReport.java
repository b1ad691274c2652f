package io.vpcplan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.aws.AccountRegion;
import io.vpcplan.aws.CliJson;
import io.vpcplan.aws.RegionOutcome;
import io.vpcplan.aws.SnapshotResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Renders a snapshot's outcome per account-region as a table for people or JSON for machines. */
public final class SnapshotReport {
  private SnapshotReport() {}

  public static String table(SnapshotResult r) {
    StringBuilder sb = new StringBuilder();
    int wr = Math.max("REGION".length(), r.outcomes().stream().mapToInt(o -> o.where().region().length()).max().orElse(0));
    sb.append(String.format("%-12s  %-" + wr + "s  %-7s  %5s  %7s  %s%n", "ACCOUNT", "REGION", "STATUS", "VPCS",
        "SUBNETS", "DETAIL"));
    for (RegionOutcome o : r.outcomes()) {
      sb.append(String.format("%-12s  %-" + wr + "s  %-7s  %5s  %7s  %s", o.where().account(), o.where().region(),
          o.status().label(), count(o, "Vpcs"), count(o, "Subnets"), o.detail()).stripTrailing()).append('\n');
    }
    sb.append(String.format("%d account-region%s: %d ok, %d partial, %d failed%n", r.outcomes().size(),
        r.outcomes().size() == 1 ? "" : "s", r.count(RegionOutcome.Status.OK),
        r.count(RegionOutcome.Status.PARTIAL), r.count(RegionOutcome.Status.FAILED)));
    Map<String, List<AccountRegion>> missing = r.missingActions();
    if (!missing.isEmpty()) {
      sb.append("missing IAM permissions (grant them to the role or user, then run again):\n");
      missing.forEach((action, where) -> sb.append("  ").append(action).append("  in ")
          .append(String.join(", ", where.stream().map(AccountRegion::toString).toList())).append('\n'));
    }
    return sb.toString();
  }

  private static String count(RegionOutcome o, String key) {
    Integer n = o.counts().get(key);
    return n == null ? "-" : n.toString();
  }

  public static String json(SnapshotResult r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode summary = root.putObject("summary");
    summary.put("ok", r.count(RegionOutcome.Status.OK));
    summary.put("partial", r.count(RegionOutcome.Status.PARTIAL));
    summary.put("failed", r.count(RegionOutcome.Status.FAILED));
    ArrayNode list = root.putArray("accountRegions");
    for (RegionOutcome o : r.outcomes()) {
      ObjectNode n = list.addObject();
      n.put("account", o.where().account());
      n.put("region", o.where().region());
      n.put("status", o.status().label());
      ObjectNode counts = n.putObject("counts");
      o.counts().forEach(counts::put);
      ArrayNode missing = n.putArray("missingActions");
      o.missingActions().forEach(missing::add);
      ArrayNode problems = n.putArray("problems");
      o.problems().forEach(problems::add);
    }
    try {
      return CliJson.toText(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
