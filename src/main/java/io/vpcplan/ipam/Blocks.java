package io.vpcplan.ipam;

import io.vpcplan.cidr.Cidr;
import io.vpcplan.cidr.FreeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The blocks of one allocation unit (a region, a segment in a region, a VPC), each with its free space. */
final class Blocks {
  final List<FreeSpace> spaces = new ArrayList<>();

  Optional<Cidr> allocate(int length) {
    for (int i = 0; i < spaces.size(); i++) { // indexed: called per subnet, an iterator each time showed up
      Optional<Cidr> c = spaces.get(i).allocate(length);
      if (c.isPresent()) return c;
    }
    return Optional.empty();
  }

  FreeSpace containing(Cidr c) {
    for (FreeSpace s : spaces) if (s.root().contains(c)) return s;
    return null;
  }

  List<Cidr> roots() {
    List<Cidr> out = new ArrayList<>();
    for (FreeSpace s : spaces) out.add(s.root());
    return out;
  }

  long free() {
    long f = 0;
    for (FreeSpace s : spaces) f += s.freeAddresses();
    return f;
  }

  Cidr largestFree() {
    Cidr best = null;
    for (FreeSpace s : spaces) {
      Cidr c = s.largestFree().orElse(null);
      if (c != null && (best == null || c.length() < best.length())) best = c;
    }
    return best;
  }
}
