package io.vpcplan.aws.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stateful fake of EC2 (Query protocol), RAM (REST-JSON) and STS on one local HTTP endpoint,
 * for the real SDK clients. Accounts are told apart by the signing access key ({@link #BASE_KEY}
 * is {@link #CALLER}; AssumeRole into account X hands out {@code ASIAFAKE<X>}), region and
 * service by the SigV4 credential scope. Requests are served one at a time, so tests see a
 * consistent state. Faults are scripted with {@link #fail}, {@link #deny} and {@link #unsupported}.
 */
public final class FakeCloud implements AutoCloseable {
  public static final String BASE_KEY = "AKIDFAKEBASE";
  public static final String CALLER = "111111111111";

  /** One request as the server saw it; {@code params} are the EC2/STS form fields (empty for RAM). */
  public record Request(String account, String region, String service, String action, Map<String, String> params) {}

  static {
    // Without TCP_NODELAY each answer waits for the client's delayed ACK (~40 ms); see FakeAws.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-cloud");
    t.setDaemon(true);
    return t;
  });
  final State state = new State();
  final Dispatch dispatch = new Dispatch(state);
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  public FakeCloud() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** How many describes show a new TGW or attachment as pending before it moves on (default 1; 0 = at once). */
  public synchronized FakeCloud pendingDescribes(int n) {
    state.pendingDescribes = n;
    return this;
  }

  /** With organization sharing (default) RAM principals are associated at once; without, accounts get invitations. */
  public synchronized FakeCloud orgSharing(boolean on) {
    state.orgSharing = on;
    return this;
  }

  public synchronized FakeCloud fail(FaultRule rule) {
    dispatch.arm(rule);
    return this;
  }

  /** Every call of the action (e.g. "CreateVpc", "ec2:CreateVpc", "ram:CreateResourceShare") by the account is denied. */
  public synchronized FakeCloud deny(String account, String action) {
    dispatch.denied.add(account + "/" + action.replaceFirst("^[a-z0-9]+:", ""));
    return this;
  }

  /** The action answers 400 InvalidAction, as an EC2-compatible endpoint that lacks it would. */
  public synchronized FakeCloud unsupported(String action) {
    dispatch.unsupported.add(action.replaceFirst("^[a-z0-9]+:", ""));
    return this;
  }

  /** Mutating requests (EC2 and RAM writes) received so far, failed ones included. */
  public synchronized int mutatingCount() {
    return dispatch.mutating;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** Live resources the account owns in the region, in creation order. */
  public synchronized List<CloudResource> resources(String account, String region, String type) {
    return state.all(type, r -> r.account.equals(account) && r.region.equals(region) && r.live()).stream()
        .map(Res::view).toList();
  }

  /** Live resources of the type in every account and region. */
  public synchronized int count(String type) {
    return state.all(type, Res::live).size();
  }

  /** "type vpcplan:id=X [id1, id2]" for each vpcplan:id carried by more than one live resource of a type. */
  public synchronized List<String> duplicates() {
    return state.duplicates();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Dispatch.Answer a;
      Request[] seen = new Request[1];
      synchronized (this) {
        try {
          a = dispatch.serve(ex, seen);
        } catch (RuntimeException e) {
          // A bug in the fake: say so in the answer rather than drop the connection like RESET_AFTER.
          e.printStackTrace();
          a = Dispatch.xmlError(500, "FakeCloudBug", e.toString());
        }
      }
      if (seen[0] != null) requests.add(seen[0]);
      if (a == null) return; // RESET_AFTER: close with no answer
      byte[] bytes = a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", a.contentType());
      if (a.errorType() != null) ex.getResponseHeaders().set("x-amzn-ErrorType", a.errorType());
      ex.sendResponseHeaders(a.status(), bytes.length);
      ex.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  static Set<String> readOnlyPrefixes() {
    return Set.of("Describe", "Get", "Search", "List");
  }
}
