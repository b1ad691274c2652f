package io.vpcplan.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Reads one account-region: every call of {@link Ec2Calls#ALL} in turn (in one region calls run
 * one after another: EC2 throttles per account and region, so parallel calls there would only
 * earn more throttling). A denied call is noted with its action and the others go on; a failure
 * that every further call would repeat (bad credentials, region not enabled, network, retries
 * exhausted) stops the region.
 */
final class RegionReader {
  /** What was read: the documents to write (by call, in call order) and the outcome. */
  record Read(Map<Ec2Call, ArrayNode> documents, RegionOutcome outcome) {}

  private final Ec2Client ec2;
  private final AccountRegion where;
  private final Map<Ec2Call, ArrayNode> documents = new LinkedHashMap<>();
  private final Set<String> denied = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();

  RegionReader(Ec2Client ec2, AccountRegion where) {
    this.ec2 = ec2;
    this.where = where;
  }

  Read read() {
    Map<String, List<String>> parents = new java.util.HashMap<>(); // parent key -> the ids read
    for (Ec2Call call : Ec2Calls.ALL) {
      Step step;
      if (!call.perParent()) {
        step = regionCall(call);
        if (step == Step.DONE && call.key().equals(Ec2Calls.TGW_ROUTE_TABLES)) {
          parents.put(Ec2Calls.RT_ID, availableTableIds(documents.get(call)));
        } else if (step == Step.DONE && call.key().equals(Ec2Calls.PREFIX_LISTS)) {
          parents.put(Ec2Calls.PL_ID, customerListIds(documents.get(call)));
        }
      } else if (!parents.containsKey(call.parentKey())) {
        problems.add(call.action() + " skipped: the " + (call.perRouteTable() ? "TGW route tables" : "prefix lists")
            + " could not be read");
        continue;
      } else {
        step = tableCall(call, parents.get(call.parentKey()));
      }
      if (step == Step.STOP) return new Read(Map.of(), RegionOutcome.failed(where, List.copyOf(denied),
          String.join("; ", problems)));
    }
    if (documents.isEmpty()) {
      return new Read(Map.of(), RegionOutcome.failed(where, List.copyOf(denied), String.join("; ", problems)));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    documents.forEach((call, items) -> counts.put(call.key(), items.size()));
    var status = problems.isEmpty() ? RegionOutcome.Status.OK : RegionOutcome.Status.PARTIAL;
    return new Read(documents, new RegionOutcome(where, status, counts, List.copyOf(denied), problems));
  }

  private enum Step { DONE, SKIPPED, STOP }

  private Step regionCall(Ec2Call call) {
    try {
      Ec2Call.Fetched f = call.fetch().fetch(ec2, null);
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      for (SdkPojo p : f.items()) items.add(CliJson.object(p));
      CliJson.sortBy(items, call.sortKeys());
      documents.put(call, items);
      return Step.DONE;
    } catch (RuntimeException e) {
      return failure(call, e);
    }
  }

  private Step tableCall(Ec2Call call, List<String> tableIds) {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (String rt : tableIds) {
      try {
        Ec2Call.Fetched f = call.fetch().fetch(ec2, rt);
        for (SdkPojo p : f.items()) items.add(tagged(call.parentKey(), rt, CliJson.object(p)));
        if (f.truncated()) {
          problems.add(call.action() + " on " + rt + " returned only the first " + f.items().size()
              + " routes (AdditionalRoutesAvailable); the rest are not in the snapshot");
        }
      } catch (RuntimeException e) {
        return failure(call, e); // the same error would come for every table: once is enough
      }
    }
    CliJson.sortBy(items, call.sortKeys());
    documents.put(call, items);
    return Step.DONE;
  }

  private Step failure(Ec2Call call, RuntimeException e) {
    String why = AwsErrors.describe(e);
    switch (AwsErrors.classify(e)) {
      case DENIED -> {
        denied.add(call.action());
        problems.add(call.action() + " denied (" + why + ")");
        return Step.SKIPPED;
      }
      case UNSUPPORTED -> {
        problems.add(call.action() + " not supported by the endpoint (" + why + ")");
        return Step.SKIPPED;
      }
      case OTHER -> {
        problems.add(call.action() + " failed (" + why + ")");
        return Step.SKIPPED;
      }
      default -> {
        problems.add(call.action() + " failed, region abandoned (" + why + ")");
        return Step.STOP;
      }
    }
  }

  /** The parent's id first (route table, prefix list), then the members as the API returned them. */
  private static ObjectNode tagged(String key, String id, ObjectNode item) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put(key, id);
    item.properties().forEach(e -> o.set(e.getKey(), e.getValue()));
    return o;
  }

  /** Lists a customer owns or shares (AWS's own, such as S3's, are routed only by gateway endpoints). */
  private static List<String> customerListIds(ArrayNode lists) {
    List<String> ids = new ArrayList<>();
    for (JsonNode l : lists) {
      String state = l.path("State").asText("");
      if (!l.path("OwnerId").asText("").equals("AWS") && !state.startsWith("delete")) ids.add(l.path(Ec2Calls.PL_ID).asText());
    }
    return ids;
  }

  // Deleted and deleting tables answer the follow-up calls with errors; only live ones have routes.
  private static List<String> availableTableIds(ArrayNode tables) {
    List<String> ids = new ArrayList<>();
    for (JsonNode t : tables) {
      String state = t.path("State").asText("");
      if (state.equals("available") || state.isEmpty()) ids.add(t.path(Ec2Calls.RT_ID).asText());
    }
    return ids;
  }
}
