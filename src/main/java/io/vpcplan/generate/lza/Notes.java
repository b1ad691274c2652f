package io.vpcplan.generate.lza;

import java.util.ArrayList;
import java.util.List;

/** What the network holds that the generated config cannot say, told in the README (never silently dropped). */
final class Notes {
  private final List<String> lines = new ArrayList<>();

  void add(String line) {
    if (!lines.contains(line)) lines.add(line);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
