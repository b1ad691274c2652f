package io.vpcplan.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.directconnect.DirectConnectClient;

/**
 * The Direct Connect part of one account-region of a snapshot: read after the EC2 calls, through a
 * DirectConnectClient with the same credentials, endpoint override and retry policy, written beside
 * the EC2 files. A denied or failed call makes the region partial, as for EC2. An endpoint override
 * that does not answer Direct Connect (an EC2-compatible service) is a note, not a failure: the
 * region keeps its status and the snapshot simply has no Direct Connect files there.
 */
final class DxSnapshot {
  private final Map<DxCall, ArrayNode> documents = new LinkedHashMap<>();
  private final Set<String> denied = new LinkedHashSet<>();
  private final List<String> problems = new ArrayList<>();
  private String note;

  private final boolean customEndpoint;

  private DxSnapshot(boolean customEndpoint) {
    this.customEndpoint = customEndpoint;
  }

  /** Reads and writes Direct Connect for {@code where}; returns {@code ec2} with its counts and problems added. */
  static RegionOutcome readAndWrite(AwsClients clients, AwsCredentialsProvider creds, Path regionDir,
      RegionOutcome ec2, boolean global) {
    DxSnapshot s = new DxSnapshot(clients.endpointOverridden());
    if (ec2.status() == RegionOutcome.Status.FAILED) { // nothing will work here either; clear an older run's files
      try {
        s.write(regionDir);
      } catch (IOException ignored) {
        // the EC2 outcome already says why this region has nothing
      }
      return ec2;
    }
    try (DirectConnectClient dx = clients.directConnect(ec2.where().region(), creds)) {
      s.read(dx, global);
    }
    try {
      s.write(regionDir);
    } catch (IOException e) {
      s.problems.add("cannot write Direct Connect files in " + regionDir + ": " + e.getMessage());
    }
    return s.merge(ec2);
  }

  private void read(DirectConnectClient dx, boolean global) {
    List<String> gatewayIds = null;
    for (DxCall call : DxCalls.ALL) {
      if (call.global() && !global) continue;
      if (call.perGateway() && gatewayIds == null) {
        problems.add(call.action() + " skipped: the Direct Connect gateways could not be read");
        continue;
      }
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      try {
        for (String gw : call.perGateway() ? gatewayIds : java.util.Collections.<String>singletonList(null)) {
          for (SdkPojo p : call.fetch().fetch(dx, gw)) items.add(CliJson.object(p));
        }
      } catch (RuntimeException e) {
        if (!failure(call, e)) return;
        continue;
      }
      CliJson.sortBy(items, call.sortKeys());
      documents.put(call, items);
      if (call.key().equals(DxCalls.GATEWAYS)) gatewayIds = liveGateways(items);
    }
  }

  /** Notes the failure; false when no further Direct Connect call is worth making here. */
  private boolean failure(DxCall call, RuntimeException e) {
    String why = AwsErrors.describe(e);
    AwsErrors.Kind kind = AwsErrors.classify(e);
    if (kind == AwsErrors.Kind.DENIED) {
      denied.add(call.action());
      problems.add(call.action() + " denied (" + why + ")");
      return true;
    }
    if (kind == AwsErrors.Kind.UNSUPPORTED || (customEndpoint && documents.isEmpty() && problems.isEmpty())) {
      // the first answer of an overriding endpoint decides: it does not speak Direct Connect
      note = "Direct Connect not supported by the endpoint (" + call.action() + ": " + why + "); no Direct Connect files";
      return false;
    }
    problems.add(call.action() + (kind == AwsErrors.Kind.STOP ? " failed, Direct Connect abandoned (" : " failed (")
        + why + ")");
    return kind != AwsErrors.Kind.STOP;
  }

  // deleted gateways answer the association call with an error; only live ones have associations
  private static List<String> liveGateways(ArrayNode gateways) {
    List<String> ids = new ArrayList<>();
    for (JsonNode g : gateways) {
      String state = g.path("directConnectGatewayState").asText("");
      if (!state.equals("deleted") && !state.equals("deleting")) ids.add(g.path(DxCalls.GATEWAY_ID).asText());
    }
    return ids;
  }

  /** Writes what was read; a file of an earlier run that this one did not produce is removed. */
  private void write(Path dir) throws IOException {
    SnapshotWriter.writeFiles(dir, DxCalls.ALL, DxCall::file, DxCall::key, documents);
  }


  private RegionOutcome merge(RegionOutcome ec2) {
    Map<String, Integer> counts = new LinkedHashMap<>(ec2.counts());
    documents.forEach((call, items) -> counts.put(call.key(), items.size()));
    List<String> missing = new ArrayList<>(ec2.missingActions());
    missing.addAll(denied);
    List<String> all = new ArrayList<>(ec2.problems());
    all.addAll(problems);
    if (note != null) all.add(note);
    RegionOutcome.Status status = problems.isEmpty() ? ec2.status() : RegionOutcome.Status.PARTIAL;
    return new RegionOutcome(ec2.where(), status, counts, missing, all);
  }
}
