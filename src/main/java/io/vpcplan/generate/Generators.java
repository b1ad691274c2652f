package io.vpcplan.generate;

import io.vpcplan.generate.terraform.TerraformGenerator;
import java.util.List;
import java.util.Optional;

/** The generators --target chooses from. Each target registers itself here (one line). */
public final class Generators {
  private Generators() {}

  public static List<Generator> all() {
    return List.of(new io.vpcplan.generate.cfn.CloudFormationGenerator(), new io.vpcplan.generate.lza.LzaGenerator(),
        new TerraformGenerator());
  }

  public static Optional<Generator> named(String target) {
    return all().stream().filter(g -> g.target().equals(target)).findFirst();
  }

  public static List<String> names() {
    return all().stream().map(Generator::target).toList();
  }
}
