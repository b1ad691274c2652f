package io.vpcplan.generate.terraform;

import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.GeneratedFiles;
import io.vpcplan.generate.Generator;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.RamShare;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Terraform (HCL): one root module per account, in terraform fmt style. */
public final class TerraformGenerator implements Generator {
  @Override
  public String target() {
    return "terraform";
  }

  @Override
  public GeneratedFiles generate(Network network, GenerateOptions options) {
    GeneratedFiles.Builder out = new GeneratedFiles.Builder();
    generate(network, options, out::add);
    return out.build();
  }

  /** Each module's files as soon as they are printed; the module is then let go (10,000 VPCs: hundreds of MB). */
  @Override
  public void generate(Network network, GenerateOptions options, GeneratedFiles.Sink sink) {
    Map<String, Module> modules = modules(network, options, sink);
    String ipam = options.ipam() && !network.ipamPools().isEmpty()
        ? io.vpcplan.generate.NetworkAccount.of(network).describe() : "";
    sink.add("README.md", ModuleReadme.top(options.planName(), modules, ipam));
    for (var it = modules.values().iterator(); it.hasNext(); ) {
      ModuleFiles.add(it.next(), sink);
      it.remove();
    }
  }

  /**
   * The modules by account, their blocks printed. Each VPC's own file is complete once the VPC is
   * written, so it goes to {@code early} at once (10,000 VPCs: most of the output's 250 MB).
   */
  static Map<String, Module> modules(Network network, GenerateOptions options, GeneratedFiles.Sink early) {
    Context ctx = new Context(network, options);
    IpamWriter.write(ctx);
    // two VPCs of an account may share a file (the same name in a region): it goes when the last is written
    Map<String, Integer> left = new HashMap<>();
    for (Vpc v : network.vpcs()) if (Context.created(v)) left.merge(v.account() + "/" + VpcWriter.file(v), 1, Integer::sum);
    network.vpcs().stream().sorted(Comparator.comparing(Vpc::id)).forEach(v -> {
      if (Context.created(v)) {
        VpcWriter.write(ctx, v);
        String file = VpcWriter.file(v);
        if (left.merge(v.account() + "/" + file, -1, Integer::sum) == 0) ctx.module(v.account()).handOut(file, early);
      } else {
        existing(ctx, v);
      }
    });
    HybridWriter.write(ctx);
    network.transitGateways().stream().sorted(Comparator.comparing(TransitGateway::id)).forEach(t -> TgwWriter.write(ctx, t));
    network.ramShares().stream().sorted(Comparator.comparing(RamShare::name)).forEach(s -> RamWriter.write(ctx, s));
    network.peerings().stream().sorted(Comparator.comparing(Peering::id)).forEach(p -> Peerings.write(ctx, p));
    PrivateLinkWriter.write(ctx);
    ctx.modules.values().removeIf(Module::isEmpty);
    return ctx.modules;
  }

  /** An existing VPC is not created; its routes to planned peers are the owner's to add. */
  private static void existing(Context ctx, Vpc v) {
    ctx.network.peerings().stream().filter(p -> p.requesterVpcId().equals(v.id()) || p.accepterVpcId().equals(v.id()))
        .findAny().ifPresent(p -> ctx.module(v.account()).manual.add("VPC " + v.displayName()
            + " exists and is not managed here: add routes to its new peers in its route tables"));
  }
}
