package io.vpcplan.generate;

import io.vpcplan.model.Network;

/**
 * Writes the infrastructure of a network for one deployment tool (CloudFormation, Terraform,
 * LZA). Pure: a function from the network to file contents; the same network gives the same
 * bytes, and nothing here touches the file system.
 */
public interface Generator {
  /** The --target name: cloudformation, terraform or lza. */
  String target();

  GeneratedFiles generate(Network network, GenerateOptions options);

  /**
   * The same files, handed to {@code sink} one by one as they are made, so that a large network's
   * output need not be held whole; the files and bytes are those of {@link #generate(Network,
   * GenerateOptions)}, in any order.
   */
  default void generate(Network network, GenerateOptions options, GeneratedFiles.Sink sink) {
    generate(network, options).files().forEach(sink::add);
  }
}
