package io.vpcplan.generate.terraform;

import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Names;
import io.vpcplan.generate.terraform.Hcl.Block;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One root module: everything deployed into one account. Collects resources by file, the input
 * variables other modules' outputs feed, its outputs, and notes for its README.
 */
final class Module {
  /** An input: a value created in another module (or outside Terraform). */
  record Input(String name, String description, String defaultValue, String fromModule, String type) {
    Input(String name, String description, String defaultValue, String fromModule) {
      this(name, description, defaultValue, fromModule, "string");
    }
  }

  record Output(String name, String description, Hcl.Expr value) {}

  final String accountKey;
  final String accountId;
  final String folder;
  final String planName;
  final Set<String> regions = new TreeSet<>();
  /** Region → its provider alias (asked for by every resource). */
  private final Map<String, String> aliases = new java.util.HashMap<>();
  /** File → its text: each top-level block is printed as it is added (the block trees are let go at once). */
  final Map<String, StringBuilder> files = new TreeMap<>();
  /** Files already handed out whole (a VPC's file, once the VPC is written); nothing may be added to them. */
  private final Set<String> handedOut = new TreeSet<>();
  /** Keys of blocks declared once per module however many things need them (a customer gateway). */
  private final Set<String> declared = new java.util.HashSet<>();
  final Map<String, Input> inputs = new TreeMap<>();
  final Map<String, Output> outputs = new TreeMap<>();
  final Set<String> creates = new LinkedHashSet<>();
  final Set<String> manual = new LinkedHashSet<>();
  /** Inputs with no default: the module cannot be planned before they are set. */
  final Set<String> required = new TreeSet<>();

  Module(String accountKey, String accountId, String planName) {
    this.accountKey = accountKey;
    this.accountId = accountId;
    this.folder = Names.snake(accountKey);
    this.planName = planName;
  }

  /** The provider alias for a region, declared on first use. */
  String provider(String region) {
    String alias = aliases.get(region);
    if (alias == null) {
      regions.add(region);
      alias = "aws." + Names.snake(region);
      aliases.put(region, alias);
    }
    return alias;
  }

  void add(String file, Block b) {
    if (handedOut.contains(file)) throw new IllegalStateException(folder + "/" + file + " was already written");
    HclWriter.append(b, files.computeIfAbsent(file, f -> new StringBuilder(32 * 1024)));
  }

  /** True the first time a key is seen in this module: for blocks several writers may need. */
  boolean declareOnce(String key) {
    return declared.add(key);
  }

  /** Hands a finished file to {@code sink} now and lets its text go. */
  void handOut(String file, GeneratedFiles.Sink sink) {
    StringBuilder text = files.remove(file);
    if (text == null) return;
    handedOut.add(file);
    sink.add(folder + "/" + file, text.toString());
  }

  /**
   * An input variable. Without a known value (default null) it gates the resources that use it;
   * with one (an id the estate already has) it does not.
   */
  Ref input(String name, String description, String knownValue, String fromModule) {
    inputs.putIfAbsent(name, new Input(name, description, knownValue, fromModule));
    return knownValue == null ? new Ref("var." + name, Set.of(name)) : Ref.of("var." + name);
  }

  /** A list input set by hand (null until set: what uses it waits). */
  Ref listInput(String name, String description) {
    inputs.putIfAbsent(name, new Input(name, description, null, null, "list(string)"));
    return new Ref("var." + name, Set.of(name));
  }

  /** A required input (no default), for values nothing here can wait for, like a VPC's IPAM pool. */
  String required(String name, String description, String fromModule) {
    inputs.putIfAbsent(name, new Input(name, description, null, fromModule));
    required.add(name);
    return "var." + name;
  }

  void output(String name, String description, String value) {
    output(name, description, Hcl.raw(value));
  }

  void output(String name, String description, Hcl.Expr value) {
    outputs.putIfAbsent(name, new Output(name, description, value));
  }

  /** Starts a resource: count when gated, its provider, then a blank line before the arguments. */
  Hcl.Builder resource(Res r, String region) {
    Hcl.Builder b = new Hcl.Builder("resource", r.type(), r.name());
    if (!r.gates().isEmpty()) b.raw("count", Ref.count(r.gates()));
    b.raw("provider", provider(region));
    return b.blank();
  }

  boolean isEmpty() {
    return files.isEmpty() && handedOut.isEmpty();
  }
}
