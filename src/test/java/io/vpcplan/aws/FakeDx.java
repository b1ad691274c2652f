package io.vpcplan.aws;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct Connect's JSON 1.1 protocol for {@link FakeAws}: {@code X-Amz-Target:
 * OvertureService.<Action>}, a JSON body, a JSON answer from
 * {@code /fake-aws/<scenario>/<account>/<region>/<Action>[.<directConnectGatewayId>].json}, or an
 * empty list under the key the API returns. Errors carry their code in {@code x-amzn-ErrorType}.
 */
final class FakeDx {
  private FakeDx() {}

  private static final Map<String, String> EMPTY = Map.of(
      "DescribeDirectConnectGateways", "directConnectGateways",
      "DescribeDirectConnectGatewayAssociations", "directConnectGatewayAssociations",
      "DescribeVirtualInterfaces", "virtualInterfaces",
      "DescribeConnections", "connections");
  private static final Pattern GATEWAY = Pattern.compile("\"directConnectGatewayId\"\\s*:\\s*\"([^\"]+)\"");

  static void answer(HttpExchange ex, String scenario, String account, String region, String action, String body,
      String deniedCode) throws IOException {
    if (deniedCode != null) {
      reply(ex, 400, deniedCode, "{\"__type\":\"" + deniedCode + "\",\"message\":\"User is not authorized to perform: "
          + "directconnect:" + action + "\"}");
      return;
    }
    if (!EMPTY.containsKey(action)) {
      reply(ex, 400, "UnknownOperationException", "{\"__type\":\"UnknownOperationException\"}");
      return;
    }
    Matcher m = GATEWAY.matcher(body);
    String name = action + (m.find() ? "." + m.group(1) : "");
    try (InputStream in = FakeDx.class.getResourceAsStream("/fake-aws/" + scenario + "/" + account + "/" + region + "/"
        + name + ".json")) {
      if (in != null) {
        reply(ex, 200, null, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        return;
      }
    }
    reply(ex, 200, null, "{\"" + EMPTY.get(action) + "\":[]}");
  }

  private static void reply(HttpExchange ex, int status, String errorType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    if (errorType != null) ex.getResponseHeaders().set("x-amzn-ErrorType", errorType);
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }
}
