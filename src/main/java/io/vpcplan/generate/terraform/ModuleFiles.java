package io.vpcplan.generate.terraform;

import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Names;
import io.vpcplan.generate.terraform.Hcl.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fixed files of a root module: versions.tf, providers.tf (one alias per region, assuming a
 * role in the account), variables.tf, outputs.tf and the resource files.
 */
final class ModuleFiles {
  /**
   * AWS provider 6.x: the current major line, and the one whose schema the tests check against;
   * everything written here (eip domain, the TGW and RAM arguments) is also valid in 5.x.
   */
  static final String PROVIDER_VERSION = "~> 6.0";

  private ModuleFiles() {}

  static void add(Module m, GeneratedFiles.Sink out) {
    String dir = m.folder + "/";
    out.add(dir + "versions.tf", HclWriter.file(List.of(versions())));
    out.add(dir + "providers.tf", HclWriter.file(providers(m)));
    out.add(dir + "variables.tf", HclWriter.file(variables(m)));
    if (!m.outputs.isEmpty()) out.add(dir + "outputs.tf", HclWriter.file(outputs(m)));
    for (Map.Entry<String, StringBuilder> f : m.files.entrySet()) out.add(dir + f.getKey(), f.getValue().toString());
    out.add(dir + "README.md", ModuleReadme.text(m));
  }

  static Block versions() {
    Block aws = new Hcl.Builder("required_providers")
        .attr("aws", new Hcl.MapOf(ordered("source", Hcl.str("hashicorp/aws"), "version", Hcl.str(PROVIDER_VERSION))))
        .build();
    return new Hcl.Builder("terraform").str("required_version", ">= 1.5.0").block(aws).build();
  }

  private static Map<String, Hcl.Expr> ordered(String k1, Hcl.Expr v1, String k2, Hcl.Expr v2) {
    Map<String, Hcl.Expr> m = new java.util.LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  static List<Block> providers(Module m) {
    List<Block> out = new ArrayList<>();
    for (String region : m.regions) {
      Block role = new Hcl.Builder("assume_role")
          .raw("role_arn", "\"arn:aws:iam::${var.account_id}:role/${var.role_name}\"").build();
      out.add(new Hcl.Builder("provider", "aws").str("alias", Names.snake(region)).str("region", region)
          .blank().raw("allowed_account_ids", "[var.account_id]").block(role).build());
    }
    return out;
  }

  static List<Block> variables(Module m) {
    List<Block> out = new ArrayList<>();
    Hcl.Builder acct = new Hcl.Builder("variable", "account_id").str("description",
        "The account these resources are deployed into (" + m.accountKey + ").").raw("type", "string");
    if (!m.accountId.isEmpty()) acct.str("default", m.accountId);
    out.add(acct.block(new Hcl.Builder("validation").raw("condition", "can(regex(\"^[0-9]{12}$\", var.account_id))")
        .str("error_message", "account_id must be 12 digits.").build()).build());
    out.add(new Hcl.Builder("variable", "role_name").str("description",
        "The IAM role assumed in the account (AWSControlTowerExecution under Control Tower).")
        .raw("type", "string").str("default", "OrganizationAccountAccessRole").build());
    for (Module.Input in : m.inputs.values()) {
      String from = in.fromModule() == null ? "set by hand" : "output " + in.name() + " of module " + in.fromModule();
      boolean required = m.required.contains(in.name());
      String wait = required ? "; required: apply that module first"
          : in.defaultValue() == null ? "; what needs it is created once it is set" : "";
      Hcl.Builder b = new Hcl.Builder("variable", in.name()).str("description", capital(in.description()) + " (" + from + wait + ").")
          .raw("type", in.type());
      if (!required) b.attr("default", in.defaultValue() == null ? Hcl.raw("null") : Hcl.str(in.defaultValue()));
      out.add(b.build());
    }
    return out;
  }

  static List<Block> outputs(Module m) {
    List<Block> out = new ArrayList<>();
    for (Module.Output o : m.outputs.values()) {
      out.add(new Hcl.Builder("output", o.name()).str("description", capital(o.description()) + ".")
          .attr("value", o.value()).build());
    }
    return out;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
