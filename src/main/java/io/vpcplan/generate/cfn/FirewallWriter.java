package io.vpcplan.generate.cfn;

import static io.vpcplan.generate.cfn.Template.getAtt;
import static io.vpcplan.generate.cfn.Template.props;
import static io.vpcplan.generate.cfn.Template.ref;

import io.vpcplan.generate.FirewallDefaults;
import io.vpcplan.model.NetworkFirewall;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The AWS Network Firewall of an inspection VPC ({@link FirewallDefaults}): a stateful rule group,
 * a policy, the firewall with one subnet mapping per firewall subnet (one per AZ) and delete
 * protection, and its flow and alert logs in a log group.
 */
final class FirewallWriter {
  private FirewallWriter() {}

  static void write(Ctx ctx, Template t, Vpc v, String p, Map<String, String> subnetIds, Map<String, String> tags) {
    NetworkFirewall fw = NetworkFirewall.of(v).orElse(null);
    if (fw == null) return;
    String plan = ctx.options.planName();
    String name = FirewallDefaults.name(plan, fw);
    List<String> home = fw.home().stream().map(Object::toString).toList();
    Map<String, Object> group = props(
        "RuleVariables", props("IPSets", props(FirewallDefaults.HOME_NET, props("Definition", home))),
        "RulesSource", props("RulesString", FirewallDefaults.RULES),
        "StatefulRuleOptions", props("RuleOrder", FirewallDefaults.ENGINE_ORDER));
    Map<String, Object> rg = t.resource(p + "FirewallRuleGroup", "AWS::NetworkFirewall::RuleGroup", props(
        "RuleGroupName", FirewallDefaults.ruleGroupName(plan, fw), "Type", "STATEFUL", "Capacity", FirewallDefaults.CAPACITY,
        "Description", "Default rules of " + v.displayName() + "; replace or extend them",
        "RuleGroup", group, "Tags", ctx.tags(fw.id() + "/rules", name + "-rules", tags)));
    rg.put("Metadata", props("vpcplan:why", FirewallDefaults.WHY));
    Map<String, Object> policy = props(
        "StatelessDefaultActions", FirewallDefaults.STATELESS_DEFAULT,
        "StatelessFragmentDefaultActions", FirewallDefaults.STATELESS_DEFAULT,
        "StatefulEngineOptions", props("RuleOrder", FirewallDefaults.ENGINE_ORDER),
        "StatefulDefaultActions", FirewallDefaults.STATEFUL_DEFAULT,
        "StatefulRuleGroupReferences", List.of(props("ResourceArn", getAtt(p + "FirewallRuleGroup", "RuleGroupArn"),
            "Priority", FirewallDefaults.PRIORITY)));
    t.resource(p + "FirewallPolicy", "AWS::NetworkFirewall::FirewallPolicy", props(
        "FirewallPolicyName", FirewallDefaults.policyName(plan, fw), "FirewallPolicy", policy,
        "Tags", ctx.tags(fw.id() + "/policy", name + "-policy", tags)));
    List<Object> mappings = new ArrayList<>();
    for (Subnet s : fw.subnets()) mappings.add(props("SubnetId", ref(subnetIds.get(s.key()))));
    t.resource(p + "Firewall", "AWS::NetworkFirewall::Firewall", props(
        "FirewallName", name, "Description", "Inspection of " + v.displayName(),
        "FirewallPolicyArn", getAtt(p + "FirewallPolicy", "FirewallPolicyArn"), "VpcId", ref(p + "Vpc"),
        "SubnetMappings", mappings, "DeleteProtection", true, "SubnetChangeProtection", true,
        "FirewallPolicyChangeProtection", false, "Tags", ctx.tags(fw.id(), name, tags)));
    Map<String, Object> logs = t.resource(p + "FirewallLogGroup", "AWS::Logs::LogGroup", props(
        "LogGroupName", FirewallDefaults.logGroup(plan, fw), "RetentionInDays", FirewallDefaults.LOG_RETENTION_DAYS,
        "Tags", ctx.tags(fw.id() + "/logs", name + "-logs", tags)));
    logs.put("DeletionPolicy", "Retain");
    logs.put("UpdateReplacePolicy", "Retain");
    List<Object> destinations = new ArrayList<>();
    for (String type : List.of("FLOW", "ALERT")) {
      destinations.add(props("LogType", type, "LogDestinationType", "CloudWatchLogs",
          "LogDestination", props("logGroup", ref(p + "FirewallLogGroup"))));
    }
    t.resource(p + "FirewallLogging", "AWS::NetworkFirewall::LoggingConfiguration", props(
        "FirewallArn", getAtt(p + "Firewall", "FirewallArn"),
        "LoggingConfiguration", props("LogDestinationConfigs", destinations)));
    t.output(p + "FirewallArn", "AWS Network Firewall of " + v.displayName(), getAtt(p + "Firewall", "FirewallArn"));
  }

  /**
   * The endpoint id of {@code az}: EndpointIds lists "az:vpce-id" in no particular order, so the
   * list is joined and cut at "az:" and at the next comma.
   */
  static Object endpoint(String p, String az) {
    Object joined = Map.of("Fn::Join", List.of(",", getAtt(p + "Firewall", "EndpointIds")));
    Object after = Map.of("Fn::Select", List.of(1, Map.of("Fn::Split", List.of(az + ":", joined))));
    return Map.of("Fn::Select", List.of(0, Map.of("Fn::Split", List.of(",", after))));
  }
}
