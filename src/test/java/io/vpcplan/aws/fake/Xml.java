package io.vpcplan.aws.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/** Writes an EC2 Query answer: nested elements, lists as {@code item}s, text escaped. */
final class Xml {
  static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";
  private final StringBuilder sb = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  Xml(String action) {
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(action).append("Response xmlns=\"")
        .append(NS).append("\"><requestId>fake-").append(action).append("</requestId>");
    open.push(action + "Response");
  }

  Xml open(String name) {
    sb.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  Xml close() {
    sb.append("</").append(open.pop()).append('>');
    return this;
  }

  /** An element with text; nothing when the value is null. */
  Xml el(String name, Object value) {
    if (value == null) return this;
    sb.append('<').append(name).append('>').append(escape(String.valueOf(value))).append("</").append(name)
        .append('>');
    return this;
  }

  Xml list(String name, Iterable<String> values) {
    open(name);
    for (String v : values) el("item", v);
    return close();
  }

  Xml tags(Map<String, String> tags) {
    open("tagSet");
    tags.forEach((k, v) -> open("item").el("key", k).el("value", v).close());
    return close();
  }

  String done() {
    while (!open.isEmpty()) close();
    return sb.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String error(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>" + escape(code)
        + "</Code><Message>" + escape(message) + "</Message></Error></Errors><RequestID>fake-request-id</RequestID>"
        + "</Response>";
  }
}
