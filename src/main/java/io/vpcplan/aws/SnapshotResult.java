package io.vpcplan.aws;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every account-region of a snapshot, sorted by account then region, and where it was written. */
public record SnapshotResult(Path configsDir, List<RegionOutcome> outcomes) {
  public SnapshotResult {
    outcomes = outcomes.stream().sorted((a, b) -> a.where().compareTo(b.where())).toList();
  }

  public boolean allOk() {
    return outcomes.stream().allMatch(o -> o.status() == RegionOutcome.Status.OK);
  }

  public long count(RegionOutcome.Status s) {
    return outcomes.stream().filter(o -> o.status() == s).count();
  }

  /** Denied IAM actions, each with the account-regions that lacked it. */
  public Map<String, List<AccountRegion>> missingActions() {
    Map<String, TreeSet<AccountRegion>> m = new TreeMap<>();
    for (RegionOutcome o : outcomes) {
      for (String a : o.missingActions()) m.computeIfAbsent(a, k -> new TreeSet<>()).add(o.where());
    }
    Map<String, List<AccountRegion>> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }
}
