package io.vpcplan.change;

import java.util.List;

/**
 * One line of a change set: the action, what it is about (the want, the live resource, or both)
 * and, for updates, drift and blocks, what differs in words.
 */
public record Change(Action action, Kind kind, String key, String account, String region, String name, String detail,
    Want want, Have have) {
  public Change {
    detail = detail == null ? "" : detail;
  }

  static Change of(Action a, Want w, Have h, String detail) {
    return new Change(a, w.kind(), w.key(), w.account(), w.region(), w.name(), detail, w, h);
  }

  static Change of(Action a, Have h, String detail) {
    return new Change(a, h.kind(), h.key(), h.account(), h.region(), h.key(), detail, null, h);
  }

  /** The planned ids this change waits for (creates and updates only). */
  public List<String> needs() {
    return want == null ? List.of() : want.needs();
  }
}
