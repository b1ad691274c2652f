package io.vpcplan.generate.terraform;

import java.util.Set;

/** A resource address in a module; gated resources have count 0 or 1 and are indexed [0]. */
record Res(String type, String name, Set<String> gates) {
  Res {
    gates = Set.copyOf(gates);
  }

  Ref ref(String attr) {
    return new Ref(type + "." + name + (gates.isEmpty() ? "" : "[0]") + "." + attr, gates);
  }

  /** For outputs: the value, or null while the resource waits for its inputs. */
  String outputValue(String attr) {
    return gates.isEmpty() ? type + "." + name + "." + attr : "one(" + type + "." + name + "[*]." + attr + ")";
  }

  /** For depends_on. */
  String address() {
    return type + "." + name;
  }
}
