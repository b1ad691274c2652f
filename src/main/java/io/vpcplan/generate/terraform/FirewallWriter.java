package io.vpcplan.generate.terraform;

import io.vpcplan.generate.FirewallDefaults;
import io.vpcplan.generate.Names;
import io.vpcplan.model.NetworkFirewall;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The AWS Network Firewall of an inspection VPC ({@link FirewallDefaults}): stateful rule group,
 * policy, the firewall with one subnet_mapping per firewall subnet (one per AZ) and delete
 * protection, its flow and alert logs in a log group. Routes reach the endpoint of their own AZ
 * through {@link #endpoint}.
 */
final class FirewallWriter {
  private FirewallWriter() {}

  static Res firewallRes(Vpc v) {
    return new Res("aws_networkfirewall_firewall", Names.snake(v.id()), Set.of());
  }

  /** The endpoint id in {@code az}, picked from the firewall's sync states (one per subnet mapping). */
  static String endpoint(Vpc v, String az) {
    return "one([for s in " + firewallRes(v).address() + ".firewall_status[0].sync_states : s.attachment[0].endpoint_id"
        + " if s.availability_zone == \"" + az + "\"])";
  }

  static void write(Module m, Vpc v, String file) {
    NetworkFirewall fw = NetworkFirewall.of(v).orElse(null);
    if (fw == null) return;
    String plan = m.planName;
    String name = FirewallDefaults.name(plan, fw);
    String region = v.region();
    Res rules = new Res("aws_networkfirewall_rule_group", Names.snake(v.id()), Set.of());
    Res policy = new Res("aws_networkfirewall_firewall_policy", Names.snake(v.id()), Set.of());
    Res logs = new Res("aws_cloudwatch_log_group", Names.snake(v.id() + "/firewall"), Set.of());
    Res logging = new Res("aws_networkfirewall_logging_configuration", Names.snake(v.id()), Set.of());
    Res firewall = firewallRes(v);

    List<Hcl.Expr> home = new ArrayList<>();
    fw.home().forEach(c -> home.add(Hcl.str(c.toString())));
    Hcl.Block variables = new Hcl.Builder("rule_variables").block(new Hcl.Builder("ip_sets").str("key", FirewallDefaults.HOME_NET)
        .block(new Hcl.Builder("ip_set").attr("definition", new Hcl.ListOf(home, false)).build()).build()).build();
    Hcl.Block group = new Hcl.Builder("rule_group").block(variables)
        .block(new Hcl.Builder("rules_source").str("rules_string", FirewallDefaults.RULES).build())
        .block(new Hcl.Builder("stateful_rule_options").str("rule_order", FirewallDefaults.ENGINE_ORDER).build()).build();
    m.add(file, m.resource(rules, region).str("name", FirewallDefaults.ruleGroupName(plan, fw)).str("type", "STATEFUL")
        .raw("capacity", Integer.toString(FirewallDefaults.CAPACITY))
        .str("description", "Default rules of " + v.displayName() + "; replace or extend them")
        .comment(FirewallDefaults.WHY).block(group).tags(Tags.of(plan, fw.id() + "/rules", name + "-rules")).build());

    Hcl.Block pol = new Hcl.Builder("firewall_policy")
        .attr("stateless_default_actions", strings(FirewallDefaults.STATELESS_DEFAULT))
        .attr("stateless_fragment_default_actions", strings(FirewallDefaults.STATELESS_DEFAULT))
        .attr("stateful_default_actions", strings(FirewallDefaults.STATEFUL_DEFAULT))
        .block(new Hcl.Builder("stateful_engine_options").str("rule_order", FirewallDefaults.ENGINE_ORDER).build())
        .block(new Hcl.Builder("stateful_rule_group_reference").raw("resource_arn", rules.ref("arn").expr())
            .raw("priority", Integer.toString(FirewallDefaults.PRIORITY)).build())
        .build();
    m.add(file, m.resource(policy, region).str("name", FirewallDefaults.policyName(plan, fw)).block(pol)
        .tags(Tags.of(plan, fw.id() + "/policy", name + "-policy")).build());

    Hcl.Builder f = m.resource(firewall, region).str("name", name).str("description", "Inspection of " + v.displayName())
        .raw("firewall_policy_arn", policy.ref("arn").expr()).raw("vpc_id", Context.vpcRes(v).ref("id").expr())
        .raw("delete_protection", "true").raw("subnet_change_protection", "true").raw("firewall_policy_change_protection", "false");
    for (Subnet s : fw.subnets()) {
      f.block(new Hcl.Builder("subnet_mapping").raw("subnet_id", VpcWriter.subnetRes(s).ref("id").expr()).build());
    }
    m.add(file, f.tags(Tags.of(plan, fw.id(), name)).build());

    m.add(file, m.resource(logs, region).str("name", FirewallDefaults.logGroup(plan, fw))
        .raw("retention_in_days", Integer.toString(FirewallDefaults.LOG_RETENTION_DAYS))
        .tags(Tags.of(plan, fw.id() + "/logs", name + "-logs")).build());
    Hcl.Builder lc = new Hcl.Builder("logging_configuration");
    for (String type : List.of("FLOW", "ALERT")) {
      lc.block(new Hcl.Builder("log_destination_config").str("log_type", type).str("log_destination_type", "CloudWatchLogs")
          .attr("log_destination", new Hcl.MapOf(java.util.Map.of("logGroup", Hcl.raw(logs.ref("name").expr())))).build());
    }
    m.add(file, m.resource(logging, region).raw("firewall_arn", firewall.ref("arn").expr()).block(lc.build()).build());
    m.output("firewall_arn_" + Names.snake(v.id()), "AWS Network Firewall of " + v.displayName(), firewall.outputValue("arn"));
    m.creates.add("AWS Network Firewall " + name + " in " + v.displayName() + " (" + fw.subnets().size() + " AZs)");
  }

  private static Hcl.ListOf strings(List<String> values) {
    return new Hcl.ListOf(values.stream().map(x -> (Hcl.Expr) Hcl.str(x)).toList(), false);
  }
}
