package io.vpcplan.generate;

import io.vpcplan.model.NetworkFirewall;
import java.util.List;
import java.util.Locale;

/**
 * What every target writes for an inspection VPC's AWS Network Firewall, so the three agree.
 *
 * <p>The default policy is secure without breaking anything that works today: stateless traffic
 * goes to the stateful engine, rules are evaluated in strict order, one rule passes every flow
 * that starts in the organisation's address space (HOME_NET: the prefixes the firewall subnets
 * route back to the TGW), and the default actions drop and alert on anything else, i.e. flows
 * started from outside. Flow and alert logs go to a log group. Operators add their own rules
 * (domain allow-lists, threat signatures) in front of the pass rule, at a lower priority number.
 */
public final class FirewallDefaults {
  public static final int CAPACITY = 100;
  public static final int PRIORITY = 100;
  public static final String ENGINE_ORDER = "STRICT_ORDER";
  public static final List<String> STATELESS_DEFAULT = List.of("aws:forward_to_sfe");
  public static final List<String> STATEFUL_DEFAULT = List.of("aws:drop_established", "aws:alert_established");
  public static final String HOME_NET = "HOME_NET";
  /** Suricata-compatible rules (rule variables work there, not in the structured IP header form). */
  public static final String RULES = "pass ip $HOME_NET any -> any any (msg:\"flows started in the organisation\"; sid:1; rev:1;)";
  public static final int LOG_RETENTION_DAYS = 365;
  public static final String WHY = "Strict order; one rule passes flows started in HOME_NET (the organisation's prefixes);"
      + " the default actions drop and alert on everything else. Add your own rules ahead of it.";

  private FirewallDefaults() {}

  /** "plan-us-east-1-inspection": letters, digits and dashes, at most 120 characters (room for a suffix). */
  public static String name(String planName, NetworkFirewall fw) {
    String raw = (planName + "-" + fw.vpc().region() + "-" + (fw.vpc().name().isEmpty() ? "inspection" : fw.vpc().name()))
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
    return raw.length() > 120 ? raw.substring(0, 120) : raw;
  }

  public static String policyName(String planName, NetworkFirewall fw) {
    return name(planName, fw) + "-policy";
  }

  public static String ruleGroupName(String planName, NetworkFirewall fw) {
    return name(planName, fw) + "-rules";
  }

  /** The log group the firewall's flow and alert logs go to. */
  public static String logGroup(String planName, NetworkFirewall fw) {
    return "/vpcplan/network-firewall/" + name(planName, fw);
  }
}
