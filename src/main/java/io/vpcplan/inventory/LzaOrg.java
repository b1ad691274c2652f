package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.io.YNode;
import io.vpcplan.io.YamlReader;
import io.vpcplan.model.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LZA's accounts-config.yaml (and organization-config.yaml) beside a network-config: which
 * accounts an OU holds, and account ids. Without it an OU target stands for one pseudo-account
 * named {@code ou-<OU>}, said once per OU in an INFO finding.
 */
final class LzaOrg {
  static final Set<String> ACCOUNTS_TOP = Set.of("mandatoryAccounts", "workloadAccounts", "accountIds");
  static final Set<String> ACCOUNT = Set.of("name", "description", "email", "organizationalUnit", "warm",
      "enableGovCloud", "accountAlias");
  static final Set<String> ACCOUNT_ID = Set.of("email", "accountId");

  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Set<String> ous = new LinkedHashSet<>();
  private final boolean known;
  private final Set<String> saidOu = new LinkedHashSet<>();
  private final List<Finding> findings;
  private final String file;

  private LzaOrg(boolean known, List<Finding> findings, String file) {
    this.known = known;
    this.findings = findings;
    this.file = file;
  }

  static LzaOrg load(Path dir, String file, List<Finding> findings) {
    Path acc = dir.resolve("accounts-config.yaml");
    if (!Files.isRegularFile(acc)) return new LzaOrg(false, findings, file);
    LzaOrg org = new LzaOrg(true, findings, file);
    LzaFields.element("accounts-config.yaml", findings, () -> org.readAccounts(YamlReader.read(acc)));
    Path orgFile = dir.resolve("organization-config.yaml");
    if (Files.isRegularFile(orgFile)) {
      LzaFields.element("organization-config.yaml", findings, () -> {
        YNode root = YamlReader.read(orgFile);
        YNode list = root.get("organizationalUnits");
        if (list != null) for (YNode ou : LzaFields.flat(list)) if (ou.get("name") != null) org.ous.add(ou.get("name").asText());
        return org;
      });
    }
    return org;
  }

  private LzaOrg readAccounts(YNode root) {
    if (!root.isMap()) throw root.error("accounts-config.yaml is a mapping with mandatoryAccounts and workloadAccounts");
    LzaFields top = new LzaFields(root, ACCOUNTS_TOP, findings);
    Map<String, String> ids = new LinkedHashMap<>();
    for (YNode n : top.list("accountIds")) {
      LzaFields.element("accountIds entry", findings, () -> {
        LzaFields f = new LzaFields(n, ACCOUNT_ID, findings);
        String id = f.requiredText("accountId");
        if (!Account.isAccountId(id)) throw f.get("accountId").error("'" + id + "' is not a 12-digit account id");
        return ids.put(f.requiredText("email").toLowerCase(java.util.Locale.ROOT), id);
      });
    }
    List<YNode> all = new ArrayList<>(top.list("mandatoryAccounts"));
    all.addAll(top.list("workloadAccounts"));
    for (YNode n : all) {
      LzaFields.element("account", findings, () -> {
        LzaFields f = new LzaFields(n, ACCOUNT, findings);
        String name = f.requiredText("name");
        String email = f.text("email", "").toLowerCase(java.util.Locale.ROOT);
        String ou = f.text("organizationalUnit", "");
        if (!ou.isEmpty()) ous.add(ou);
        return accounts.putIfAbsent(name, new Account(ids.getOrDefault(email, ""), name, ou, ""));
      });
    }
    return this;
  }

  boolean known() {
    return known;
  }

  /** The account record for a name used in network-config (ids when accounts-config gives them). */
  Account account(String key) {
    Account a = accounts.get(key);
    if (a != null) return a;
    if (Account.isAccountId(key)) return new Account(key, "", "", "");
    return new Account("", key, key.startsWith("ou-") ? key.substring(3) : "", "");
  }

  /** Values for LZA's {@code {{ account NAME }}} placeholders. */
  Map<String, String> accountIds() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Account a : accounts.values()) if (!a.id().isEmpty()) m.put("account " + a.name(), a.id());
    return m;
  }

  /**
   * The accounts a deploymentTargets/shareTargets block names: accounts, plus every account of
   * each OU (or {@code ou-<OU>} when accounts-config.yaml is absent), minus excludedAccounts.
   */
  List<String> targets(List<YNode> ouNodes, List<String> named, List<String> excluded) {
    Set<String> out = new LinkedHashSet<>();
    for (YNode n : ouNodes) {
      String ou = LzaPlaceholders.check(n).strip();
      if (!known) {
        out.add("ou-" + ou);
        if (saidOu.add(ou)) {
          findings.add(Finding.of(Code.OU_AS_ACCOUNT, Severity.INFO, "organizational unit " + ou + " is treated as one "
              + "account, ou-" + ou + ", because there is no accounts-config.yaml beside " + file + "; put LZA's "
              + "accounts-config.yaml (and organization-config.yaml) there for exact per-account results", n.location()));
        }
        continue;
      }
      int before = out.size();
      for (Account a : accounts.values()) if (ou.equals("Root") || ou.equals(a.ou())) out.add(a.name());
      if (out.size() == before && !ous.contains(ou)) {
        throw n.error("organizational unit '" + ou + "' is not in accounts-config.yaml or organization-config.yaml"
            + io.vpcplan.model.Suggest.hint(ou, ous) + "; check its name");
      }
    }
    out.addAll(named);
    out.removeAll(excluded);
    return new ArrayList<>(out);
  }
}
