package io.vpcplan.aws.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From one HTTP request to one answer: who is asking (signing key → account), where (credential
 * scope → region, service), then denials, scripted faults, idempotency tokens and the handler.
 */
final class Dispatch {
  /** What to send back; {@code errorType} is RAM's x-amzn-ErrorType header. */
  record Answer(int status, String body, String contentType, String errorType) {}

  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/");
  private static final Pattern KEY = Pattern.compile("(?:ASIAFAKE|AKIDFAKE)(\\d{12})");

  /** A fault rule with the count of requests that matched it so far. */
  private static final class Armed {
    final FaultRule rule;
    int seen;

    Armed(FaultRule rule) {
      this.rule = rule;
    }
  }

  private final List<Armed> armed = new ArrayList<>();
  final Set<String> denied = new HashSet<>();
  final Set<String> unsupported = new HashSet<>();
  int mutating;
  /** Action and account of every mutating request so far. */
  private final List<String[]> history = new ArrayList<>();

  private final State state;
  private final Map<String, Function<Query, String>> ec2 = new HashMap<>();
  private final Ram ram;
  private final Sts sts = new Sts();

  Dispatch(State state) {
    this.state = state;
    Render render = new Render(state);
    Ec2Reads reads = new Ec2Reads(state, render);
    reads.register(ec2);
    new VpcWrites(state, render).register(ec2);
    new RouteWrites(state, render, reads).register(ec2);
    new TgwWrites(state, render, reads).register(ec2);
    new TgwPeering(state, render).register(ec2);
    new VpcPeerings(state).register(ec2); // after Ec2Reads: its describe replaces the empty one
    new Nats(state).register(ec2);
    ram = new Ram(state);
  }

  /** A rule armed mid-test still counts from the first request: nth is a position in the whole run. */
  void arm(FaultRule rule) {
    Armed a = new Armed(rule);
    a.seen = (int) history.stream().filter(h -> rule.matches(h[0], h[1])).count();
    armed.add(a);
  }

  Answer serve(HttpExchange ex, FakeCloud.Request[] seen) throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    Matcher m = CREDENTIAL.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
    if (!m.find()) return xmlError(403, "IncompleteSignature", "the request is not signed");
    String key = m.group(1);
    String region = m.group(2);
    String service = m.group(3);
    Matcher k = KEY.matcher(key);
    String account = key.equals(FakeCloud.BASE_KEY) ? FakeCloud.CALLER : k.matches() ? k.group(1) : null;
    if (account == null) return xmlError(401, "AuthFailure", "AWS was not able to validate the provided access credentials");
    String body = new String(raw, StandardCharsets.UTF_8);
    if (service.equals("ram")) return ram(ex, account, region, body, seen);
    Map<String, String> params = Forms.parse(body);
    String target = ex.getRequestHeaders().getFirst("X-Amz-Target"); // JSON 1.1 services (Direct Connect)
    String action = target != null ? target.substring(target.indexOf('.') + 1) : params.getOrDefault("Action", "");
    seen[0] = new FakeCloud.Request(account, region, service, action, params);
    if (service.equals("sts")) {
      Sts.Reply r = sts.handle(account, action, params, denied);
      return new Answer(r.status(), r.body(), "text/xml;charset=UTF-8", null);
    }
    Query q = new Query(account, region, action, params);
    return ec2(q);
  }

  private Answer ec2(Query q) {
    Function<Query, String> h = ec2.get(q.action());
    if (denied.contains(q.account() + "/" + q.action())) {
      return xmlError(403, "UnauthorizedOperation", "You are not authorized to perform this operation. User:"
          + " arn:aws:sts::" + q.account() + ":assumed-role/tester is not authorized to perform: ec2:" + q.action()
          + ". Encoded authorization failure message: AbCdEf0123456789");
    }
    if (h == null || unsupported.contains(q.action())) {
      return xmlError(400, "InvalidAction", "The action " + q.action() + " is not valid for this web service.");
    }
    if (q.flag("DryRun")) return xmlError(412, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
    boolean writes = FakeCloud.readOnlyPrefixes().stream().noneMatch(q.action()::startsWith);
    FaultRule.Kind fault = writes ? fault(q.action(), q.account()) : null;
    if (fault == FaultRule.Kind.HTTP_500) return xmlError(500, "InternalError", "An internal error has occurred");
    if (fault == FaultRule.Kind.THROTTLE) return xmlError(503, "RequestLimitExceeded", "Request limit exceeded.");
    String token = q.get("ClientToken");
    String tokenKey = q.account() + "|" + q.region() + "|" + q.action() + "|" + token;
    String sig = new TreeMap<>(q.params()).toString();
    Answer a;
    if (token != null && state.tokens.containsKey(tokenKey)) {
      String[] prior = state.tokens.get(tokenKey);
      a = prior[0].equals(sig) ? new Answer(200, prior[1], "text/xml;charset=UTF-8", null)
          : xmlError(400, "IdempotentParameterMismatch", "The client token " + token + " was used with other parameters");
    } else {
      try {
        a = new Answer(200, h.apply(q), "text/xml;charset=UTF-8", null);
        if (token != null) state.tokens.put(tokenKey, new String[] {sig, a.body()});
      } catch (ApiError e) {
        a = xmlError(e.status, e.code, e.getMessage());
      }
    }
    return after(fault, a, false);
  }

  private Answer ram(HttpExchange ex, String account, String region, String body, FakeCloud.Request[] seen) {
    String path = ex.getRequestURI().getPath();
    String action = Ram.action(path);
    Map<String, String> query = Forms.parse(ex.getRequestURI().getRawQuery());
    JsonNode json;
    try {
      json = body.isBlank() ? Ram.JSON.createObjectNode() : Ram.JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    if (!(json instanceof ObjectNode)) json = null;
    // The log shows the query string and the body's top-level scalars (name, clientToken, …).
    Map<String, String> logged = new TreeMap<>(query);
    if (json != null) json.fields().forEachRemaining(f -> {
      if (f.getValue().isValueNode()) logged.put(f.getKey(), f.getValue().asText());
    });
    seen[0] = new FakeCloud.Request(account, region, "ram", action == null ? path : action, logged);
    if (action == null) {
      return jsonError(404, "UnknownOperationException", ex.getRequestMethod() + " " + path + " is no RAM operation this"
          + " fake serves");
    }
    if (denied.contains(account + "/" + action)) {
      return jsonError(403, "AccessDeniedException", "User: arn:aws:sts::" + account + ":assumed-role/tester is not"
          + " authorized to perform: ram:" + action);
    }
    if (unsupported.contains(action)) {
      return jsonError(400, "InvalidAction", "The action " + action + " is not valid for this web service.");
    }
    if (json == null) return jsonError(400, "SerializationException", "the request body is not JSON");
    // DELETE carries its parameters in the query string.
    for (var e : query.entrySet()) ((ObjectNode) json).put(e.getKey(), e.getValue());
    boolean writes = !Ram.READS.contains(action);
    FaultRule.Kind fault = writes ? fault(action, account) : null;
    if (fault == FaultRule.Kind.HTTP_500) return jsonError(500, "ServerInternalException", "internal error");
    if (fault == FaultRule.Kind.THROTTLE) return jsonError(503, "ThrottlingException", "Rate exceeded");
    String token = json.path("clientToken").asText(null);
    String tokenKey = account + "|" + region + "|" + action + "|" + token;
    Answer a;
    if (token != null && state.tokens.containsKey(tokenKey)) {
      String[] prior = state.tokens.get(tokenKey);
      a = prior[0].equals(json.toString()) ? new Answer(200, prior[1], "application/json", null)
          : jsonError(400, "IdempotentParameterMismatchException", "The client token " + token
              + " was used with other parameters");
    } else {
      try {
        a = new Answer(200, ram.handle(account, region, action, json), "application/json", null);
        if (token != null) state.tokens.put(tokenKey, new String[] {json.toString(), a.body()});
      } catch (ApiError e) {
        a = jsonError(e.status, e.code, e.getMessage());
      }
    }
    return after(fault, a, true);
  }

  /** Counts a mutating request and returns the fault it draws, if any. */
  private FaultRule.Kind fault(String action, String account) {
    mutating++;
    history.add(new String[] {action, account});
    FaultRule.Kind hit = null;
    for (Armed a : armed) {
      if (!a.rule.matches(action, account)) continue;
      a.seen++;
      if (hit == null && a.rule.hits(a.seen)) hit = a.rule.kind();
    }
    return hit;
  }

  /** Faults that strike after the change: no answer at all (null), or a 500. */
  private static Answer after(FaultRule.Kind fault, Answer a, boolean json) {
    if (fault == FaultRule.Kind.RESET_AFTER) return null;
    if (fault == FaultRule.Kind.HTTP_500_AFTER) {
      return json ? jsonError(500, "ServerInternalException", "internal error")
          : xmlError(500, "InternalError", "An internal error has occurred");
    }
    return a;
  }

  static Answer xmlError(int status, String code, String message) {
    return new Answer(status, Xml.error(code, message), "text/xml;charset=UTF-8", null);
  }

  static Answer jsonError(int status, String code, String message) {
    ObjectNode n = Ram.JSON.createObjectNode().put("message", message);
    return new Answer(status, n.toString(), "application/json", code);
  }
}
