package io.vpcplan.cli;

import picocli.CommandLine.IVersionProvider;

public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"vpcplan " + (v == null ? "dev" : v)};
  }
}
