package io.vpcplan.generate.cfn;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Generator;
import io.vpcplan.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * CloudFormation YAML: one template per account, region and stage (see {@link Stack.Stage}), and
 * deployment-order.yaml. Cross-stack values travel as parameters, each documented in its
 * template's Metadata (vpcplan:parameters: which stack's output fills it).
 */
public final class CloudFormationGenerator implements Generator {
  @Override
  public String target() {
    return "cloudformation";
  }

  @Override
  public GeneratedFiles generate(Network network, GenerateOptions options) {
    GeneratedFiles.Builder files = new GeneratedFiles.Builder();
    generate(network, options, files::add);
    return files.build();
  }

  /**
   * Each template as soon as it is printed; its tree is then let go (10,000 VPCs: hundreds of MB of maps).
   * deployment-order.yaml comes last, from what each template said of itself.
   */
  @Override
  public void generate(Network network, GenerateOptions options, GeneratedFiles.Sink files) {
    Ctx ctx = new Ctx(network, options);
    List<Stack> stacks = new ArrayList<>();
    IpamStack.of(ctx).ifPresent(stacks::add);
    stacks.addAll(TransitStacks.of(ctx));
    stacks.addAll(TgwRoutingStacks.peering(ctx));
    stacks.addAll(VpcStacks.of(ctx));
    stacks.addAll(TgwRoutingStacks.routing(ctx));
    stacks.addAll(PeeringStacks.of(ctx));
    stacks.addAll(PrivateLinkStacks.of(ctx));
    // each template is built, summarised for deployment-order.yaml, printed and let go before the next
    List<DeploymentOrder.Entry> entries = new ArrayList<>(stacks.size());
    for (int i = 0; i < stacks.size(); i++) {
      Stack s = stacks.set(i, null);
      Template t = s.template();
      String header = Ctx.header("Stack " + s.name() + ": deploy in account " + ctx.accountFolder(s.account()) + " ("
          + ctx.accountId(s.account()) + "), region " + s.region() + "; see deployment-order.yaml");
      String text = ctx.yaml.ofTemplate(header, t.tree());
      // "AWS::IAM::Role" has no character YAML quotes or escapes: in the text after the header iff some
      // key or string of the template holds it
      boolean iam = text.indexOf("AWS::IAM::Role", header.length()) >= 0;
      entries.add(DeploymentOrder.entry(ctx, s, t.sources(), iam));
      files.add(s.path(), text);
    }
    files.add("deployment-order.yaml", DeploymentOrder.write(ctx, entries));
  }
}
