package io.vpcplan.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Desired against actual, keyed by ownership: for each want, create it, update its tags or share
 * principals, leave it, or report the drift apply will not touch; owned resources no longer
 * planned are deleted with {@code prune}, else kept and listed. {@code changes} are the steps in a
 * valid order (creates by kind, deletes in reverse); a re-run after a successful apply has none.
 */
public record ChangeSet(String plan, List<Change> changes, List<Change> drift, List<Change> kept, List<Change> blocked,
    int unchanged, List<String> notes) {
  public ChangeSet {
    changes = List.copyOf(changes);
    drift = List.copyOf(drift);
    kept = List.copyOf(kept);
    blocked = List.copyOf(blocked);
    notes = List.copyOf(notes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public long count(Action a) {
    return changes.stream().filter(c -> c.action() == a).count();
  }

  public static ChangeSet compute(String plan, Desired.Result desired, Actual actual, boolean prune) {
    List<Change> changes = new ArrayList<>();
    List<Change> drift = new ArrayList<>();
    List<Change> blocked = new ArrayList<>();
    Set<String> stopped = new HashSet<>();
    Set<String> wanted = new HashSet<>();
    Map<String, String> awsIds = actual.awsIdByKey();
    int unchanged = 0;
    for (Want w : desired.wants()) {
      wanted.add(w.kind() + "\u0000" + w.key());
      String need = w.needs().stream().filter(stopped::contains).findFirst().orElse(null);
      if (need != null) {
        stopped.add(w.key());
        blocked.add(Change.of(Action.BLOCKED, w, null, "needs " + need + ", which is not as planned"));
        continue;
      }
      Change c = Compare.one(w, actual, awsIds);
      switch (c.action()) {
        case NOOP -> unchanged++;
        case DRIFT -> {
          drift.add(c);
          stopped.add(w.key());
        }
        default -> changes.add(c);
      }
      if (c.action() == Action.NOOP || c.action() == Action.UPDATE) {
        List<Have> all = actual.all(w.kind(), w.key());
        if (all.stream().map(Have::awsId).distinct().count() > 1) {
          drift.add(Change.of(Action.DRIFT, w, c.have(), "more than one resource carries this vpcplan:id: "
              + String.join(", ", all.stream().map(Have::awsId).distinct().sorted().toList())
              + "; apply uses " + c.have().awsId() + " and touches none of the others"));
        }
      }
    }
    List<Change> orphans = new ArrayList<>();
    for (Have h : actual.haves()) {
      if (wanted.contains(h.kind() + "\u0000" + h.key())) continue;
      orphans.add(Change.of(prune ? Action.DELETE : Action.KEEP, h, prune ? "owned by plan " + plan
          + " and no longer planned" : "owned by plan " + plan + " and no longer planned; kept (--prune deletes it)"));
    }
    List<Change> kept = new ArrayList<>();
    if (prune) {
      // deletes in reverse creation order: children before parents
      orphans.sort((a, b) -> a.kind() != b.kind() ? b.kind().compareTo(a.kind()) : a.key().compareTo(b.key()));
      changes.addAll(orphans);
    } else {
      kept.addAll(orphans);
    }
    return new ChangeSet(plan, changes, drift, kept, blocked, unchanged, new ArrayList<>(new LinkedHashSet<>(
        desired.notes())));
  }

  /** What creating costs while it exists: the NAT gateways (billed by the hour, with their Elastic IPs). */
  public List<String> costWarnings() {
    long nats = changes.stream().filter(c -> c.action() == Action.CREATE && c.kind() == Kind.NAT_GATEWAY).count();
    if (nats == 0) return List.of();
    return List.of(nats + " NAT gateway(s) to create: each costs money by the hour while it exists, and per GB it"
        + " processes, and so does its Elastic IP (`connectivity.natGateways: single` or `none` in the design makes"
        + " fewer)");
  }

  /** Counts by action for the summary line and the JSON. */
  public Map<String, Long> summary() {
    Map<String, Long> m = new TreeMap<>();
    m.put("create", count(Action.CREATE));
    m.put("update", count(Action.UPDATE));
    m.put("delete", count(Action.DELETE));
    m.put("unchanged", (long) unchanged);
    m.put("drift", (long) drift.size());
    m.put("kept", (long) kept.size());
    m.put("blocked", (long) blocked.size());
    return m;
  }
}
