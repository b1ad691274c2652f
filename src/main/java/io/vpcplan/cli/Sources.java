package io.vpcplan.cli;

import io.vpcplan.io.DesignLoader;
import io.vpcplan.io.LockFile;
import io.vpcplan.ipam.Planner;
import io.vpcplan.model.Design;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import io.vpcplan.model.Network;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a SOURCE argument into a Network: a design file is loaded and planned (its lock read, never written). */
public final class Sources {
  private Sources() {}

  public static Design design(Path file) {
    if (!Files.exists(file)) throw new InputException(Location.of(file.toString()), "", "file not found; check the path");
    if (Files.isDirectory(file)) throw new InputException(Location.of(file.toString()), "", "is a directory; give a design file");
    return DesignLoader.load(file);
  }

  /** The planned network of a design, honouring the lock file beside it when there is one. */
  public static Network network(Path file) {
    Design d = design(file);
    return Planner.plan(d, LockFile.read(LockFile.besideDesign(file)), Planner.Options.DEFAULT).network();
  }
}
