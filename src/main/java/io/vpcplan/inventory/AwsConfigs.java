package io.vpcplan.inventory;

import io.vpcplan.finding.Finding;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * describe-* JSON in any layout Batfish reads (see {@link Layouts}) and single describe-* files.
 * Files are parsed in parallel and assembled once, in source and path order, so the result does
 * not depend on thread timing and references between sources resolve.
 */
public final class AwsConfigs {
  private AwsConfigs() {}

  /** {@code dir} is the aws_configs folder itself, or a folder holding one. */
  public static Inventory readDirectory(Path dir) {
    return readAll(List.of(dir), null, null);
  }

  /**
   * One describe-* file. Account and region come from the arguments, or else from the file's
   * parent folders when they look like <account>/<region>.
   */
  public static Inventory readFile(Path file, String account, String region) {
    FileContext ctx = fileContext(file, account, region);
    if (ctx.account() == null || ctx.region() == null) {
      throw new InputException(Location.of(file.toString()), "", "a single describe-* file needs --account and --region "
          + "(or put it in aws_configs/<account>/<region>/)");
    }
    if (!Files.isRegularFile(file)) throw new InputException(Location.of(file.toString()), "", "file not found; check the path");
    return read(List.of(ctx), List.of());
  }

  /**
   * Every file of every source (folders in any layout, single describe-* files), parsed and then
   * assembled ONCE into one Inventory, so a subnet in one source finds its VPC in another.
   * {@code account} and {@code region} (either may be null) name what no folder names; without
   * them the data's OwnerId and AvailabilityZone do, else "unknown" with an INFO finding.
   */
  public static Inventory readAll(List<Path> sources, String account, String region) {
    Map<String, FileContext> jobs = new LinkedHashMap<>(); // a file given twice is read once
    List<Finding> layout = new ArrayList<>();
    List<Path> loose = new ArrayList<>();
    for (Path src : sources) {
      if (Files.isDirectory(src)) {
        Layouts l = Layouts.of(src, account, region);
        if (l.jobs().isEmpty()) {
          throw new InputException(Location.of(src.toString()), "", "no describe-* JSON files found; expected "
              + "aws_configs/<account>/<region>/*.json, aws_configs/<region>/*.json or aws_configs/*.json under this "
              + "folder (see docs/validate.md)");
        }
        for (FileContext c : l.jobs()) jobs.putIfAbsent(key(Path.of(c.file())), c);
        layout.addAll(l.findings());
        layout.addAll(SourceFindings.read(src));
      } else if (Files.isRegularFile(src)) {
        FileContext c = fileContext(src, account, region);
        if (c.account() == null || c.region() == null) loose.add(src);
        else jobs.putIfAbsent(key(src), c);
      } else {
        throw new InputException(Location.of(src.toString()), "", "no such file or folder; check the path");
      }
    }
    if (!loose.isEmpty()) {
      // lone files outside any <account>/<region> folders: one account and region, named by the data
      String acc = account != null ? account : ContextGuess.account(loose, loose.get(0), layout);
      String reg = region != null ? region : ContextGuess.region(loose, loose.get(0), layout);
      for (Path f : loose) jobs.putIfAbsent(key(f), new FileContext(f.toString(), acc, reg));
    }
    return read(new ArrayList<>(jobs.values()), layout);
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** Account and region from the arguments, else from <account>/<region> parent folders; null when neither says. */
  private static FileContext fileContext(Path file, String account, String region) {
    Path abs = file.toAbsolutePath();
    Path regionDir = abs.getParent();
    Path accountDir = regionDir == null ? null : regionDir.getParent();
    if (region == null && regionDir != null && Layouts.REGION.matcher(Layouts.name(regionDir)).matches()) {
      region = Layouts.name(regionDir);
    }
    if (account == null && region != null && accountDir != null && accountDir.getFileName() != null
        && !Layouts.name(accountDir).equals("aws_configs")) {
      account = Layouts.name(accountDir);
    }
    return new FileContext(file.toString(), account, region);
  }

  static Inventory read(List<FileContext> jobs, List<Finding> layout) {
    Parsed[] parsed = new Parsed[jobs.size()];
    RuntimeException[] failed = new RuntimeException[jobs.size()];
    IntStream.range(0, jobs.size()).parallel().forEach(i -> {
      try {
        parsed[i] = DescribeFile.read(Path.of(jobs.get(i).file()), jobs.get(i));
      } catch (RuntimeException e) {
        failed[i] = e;
      }
    });
    for (RuntimeException e : failed) if (e != null) throw e; // the first in path order
    Inventory inv = Estate.assemble(List.of(parsed));
    List<Finding> all = new ArrayList<>(layout);
    all.addAll(inv.findings());
    return new Inventory(inv.network(), all);
  }
}
