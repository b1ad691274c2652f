package io.vpcplan.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 speaking the EC2 and STS Query protocols, for the real SDK
 * clients to talk to. It tells accounts apart by the signing access key (base key for the caller,
 * one key per assumed role) and regions by the SigV4 credential scope, and answers from XML files
 * under {@code /fake-aws/<scenario>/<account>/<region>/<Action>[.<routeTableId>][.<NextToken>].xml};
 * an action without a file gets an empty, well-formed response. Faults are scripted per
 * account, region and action. Direct Connect (JSON 1.1, X-Amz-Target) is answered by {@link FakeDx}.
 */
public final class FakeAws implements AutoCloseable {
  public static final String BASE_KEY = "AKIDFAKEBASE";
  public static final String CALLER = "111111111111";

  /** One request as the server saw it. */
  public record Request(String account, String region, String service, String action, Map<String, String> params) {}

  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/");
  private static final Map<String, String[]> EMPTY = Map.ofEntries(
      Map.entry("DescribeVpcs", new String[] {"vpcSet"}),
      Map.entry("DescribeSubnets", new String[] {"subnetSet"}),
      Map.entry("DescribeRouteTables", new String[] {"routeTableSet"}),
      Map.entry("DescribeTransitGateways", new String[] {"transitGatewaySet"}),
      Map.entry("DescribeTransitGatewayAttachments", new String[] {"transitGatewayAttachments"}),
      Map.entry("DescribeTransitGatewayVpcAttachments", new String[] {"transitGatewayVpcAttachments"}),
      Map.entry("DescribeTransitGatewayRouteTables", new String[] {"transitGatewayRouteTables"}),
      Map.entry("SearchTransitGatewayRoutes", new String[] {"routeSet"}),
      Map.entry("GetTransitGatewayRouteTableAssociations", new String[] {"associations"}),
      Map.entry("GetTransitGatewayRouteTablePropagations", new String[] {"transitGatewayRouteTablePropagations"}),
      Map.entry("DescribeVpcPeeringConnections", new String[] {"vpcPeeringConnectionSet"}),
      Map.entry("DescribeVpcEndpoints", new String[] {"vpcEndpointSet"}),
      Map.entry("DescribeVpcEndpointServiceConfigurations", new String[] {"serviceConfigurationSet"}),
      Map.entry("DescribeManagedPrefixLists", new String[] {"prefixListSet"}),
      Map.entry("GetManagedPrefixListEntries", new String[] {"entrySet"}),
      Map.entry("DescribeRegions", new String[] {"regionInfo"}),
      Map.entry("DescribeVpnConnections", new String[] {"vpnConnectionSet"}),
      Map.entry("DescribeCustomerGateways", new String[] {"customerGatewaySet"}),
      Map.entry("DescribeVpnGateways", new String[] {"vpnGatewaySet"}));

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY each response waits
    // for the client's delayed ACK (~40 ms). Read once, when the server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final String scenario;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private volatile long latencyMillis;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicInteger> throttles = new ConcurrentHashMap<>();
  private final Map<String, String> denials = new ConcurrentHashMap<>();
  private final Set<String> roleDenied = Collections.synchronizedSet(new HashSet<>());
  private volatile boolean directConnect = true;

  public FakeAws(String scenario) throws IOException {
    this.scenario = scenario;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next {@code times} calls of the action answer HTTP 503 RequestLimitExceeded. */
  public FakeAws throttle(String account, String region, String action, int times) {
    throttles.put(key(account, region, action), new AtomicInteger(times));
    return this;
  }

  /** Every call of the action answers HTTP 403 with this code (UnauthorizedOperation, AccessDenied). */
  public FakeAws deny(String account, String region, String action, String code) {
    denials.put(key(account, region, action), code);
    return this;
  }

  /** Every answer waits this long first, as a distant endpoint would (for the benchmark). */
  public FakeAws latency(long millis) {
    latencyMillis = millis;
    return this;
  }

  /** Answers Direct Connect as an EC2-only endpoint would: with EC2's InvalidAction error. */
  public FakeAws withoutDirectConnect() {
    directConnect = false;
    return this;
  }

  public FakeAws denyAssumeRole(String account) {
    roleDenied.add(account);
    return this;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public List<Request> requests(String account, String region, String action) {
    return requests().stream()
        .filter(r -> r.account().equals(account) && r.region().equals(region) && r.action().equals(action))
        .toList();
  }

  private static String key(String account, String region, String action) {
    return account + "/" + region + "/" + action;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      Map<String, String> params = form(body);
      Matcher m = CREDENTIAL.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
      if (!m.find()) {
        reply(ex, 403, error("IncompleteSignature", "request is not signed"));
        return;
      }
      String accessKey = m.group(1);
      String region = m.group(2);
      String service = m.group(3);
      String account = accessKey.equals(BASE_KEY) ? CALLER : accessKey.replaceFirst("^ASIAFAKE", "");
      String target = String.valueOf(ex.getRequestHeaders().getFirst("X-Amz-Target"));
      String action = service.equals("directconnect") ? target.replaceFirst("^.*\\.", "") : params.getOrDefault("Action", "");
      requests.add(new Request(account, region, service, action, params));
      if (latencyMillis > 0) sleep(latencyMillis);
      if (service.equals("sts")) {
        sts(ex, account, action, params);
      } else if (service.equals("directconnect") && directConnect) {
        FakeDx.answer(ex, scenario, account, region, action, new String(body, StandardCharsets.UTF_8),
            denials.get(key(account, region, action)));
      } else {
        ec2(ex, account, region, action, params);
      }
    }
  }

  private void sts(HttpExchange ex, String account, String action, Map<String, String> params) throws IOException {
    String ns = "https://sts.amazonaws.com/doc/2011-06-15/";
    if (action.equals("GetCallerIdentity")) {
      reply(ex, 200, "<GetCallerIdentityResponse xmlns=\"" + ns + "\"><GetCallerIdentityResult>"
          + "<Arn>arn:aws:iam::" + account + ":user/tester</Arn><UserId>AIDAFAKE</UserId>"
          + "<Account>" + account + "</Account></GetCallerIdentityResult>"
          + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
      return;
    }
    if (action.equals("AssumeRole")) {
      String arn = params.getOrDefault("RoleArn", "");
      String target = arn.replaceAll("^arn:[^:]+:iam::(\\d{12}):role/.*$", "$1");
      if (roleDenied.contains(target)) {
        reply(ex, 403, "<ErrorResponse xmlns=\"" + ns + "\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
            + "<Message>User: arn:aws:iam::" + account + ":user/tester is not authorized to perform:"
            + " sts:AssumeRole on resource: " + arn + "</Message></Error><RequestId>req-2</RequestId></ErrorResponse>");
        return;
      }
      reply(ex, 200, "<AssumeRoleResponse xmlns=\"" + ns + "\"><AssumeRoleResult><Credentials>"
          + "<AccessKeyId>ASIAFAKE" + target + "</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>"
          + "<SessionToken>token-" + target + "</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>"
          + "</Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:" + params.get("RoleSessionName")
          + "</AssumedRoleId><Arn>" + arn + "</Arn></AssumedRoleUser></AssumeRoleResult>"
          + "<ResponseMetadata><RequestId>req-3</RequestId></ResponseMetadata></AssumeRoleResponse>");
      return;
    }
    reply(ex, 400, "<ErrorResponse><Error><Code>InvalidAction</Code><Message>" + action
        + "</Message></Error></ErrorResponse>");
  }

  private void ec2(HttpExchange ex, String account, String region, String action, Map<String, String> params)
      throws IOException {
    String k = key(account, region, action);
    AtomicInteger left = throttles.get(k);
    if (left != null && left.getAndDecrement() > 0) {
      reply(ex, 503, error("RequestLimitExceeded", "Request limit exceeded."));
      return;
    }
    String denied = denials.get(k);
    if (denied != null) {
      reply(ex, 403, error(denied, "You are not authorized to perform this operation. Encoded authorization"
          + " failure message: AbCdEf0123456789"));
      return;
    }
    StringBuilder name = new StringBuilder(action);
    if (params.containsKey("TransitGatewayRouteTableId")) name.append('.').append(params.get("TransitGatewayRouteTableId"));
    if (params.containsKey("NextToken")) name.append('.').append(params.get("NextToken"));
    String path = "/fake-aws/" + scenario + "/" + account + "/" + region + "/" + name + ".xml";
    try (InputStream in = FakeAws.class.getResourceAsStream(path)) {
      if (in != null) {
        reply(ex, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        return;
      }
    }
    String[] list = EMPTY.get(action);
    if (list == null || params.containsKey("NextToken")) {
      reply(ex, 400, error("InvalidAction", "The action " + action + " is not valid for this web service."));
      return;
    }
    reply(ex, 200, "<" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
        + "<requestId>empty</requestId><" + list[0] + "/></" + action + "Response>");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static String error(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + code + "</Code><Message>"
        + message + "</Message></Error></Errors><RequestID>fake-request-id</RequestID></Response>";
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }

  private static Map<String, String> form(byte[] body) {
    Map<String, String> out = new LinkedHashMap<>();
    String s = new String(body, StandardCharsets.UTF_8);
    for (String pair : s.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

}
