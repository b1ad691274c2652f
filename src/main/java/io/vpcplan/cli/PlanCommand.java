package io.vpcplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "plan", description = "Allocate CIDRs for a design (in progress).")
public final class PlanCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
