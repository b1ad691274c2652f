package io.vpcplan.inventory;

import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The Batfish layout {@code aws_configs/<account>/<region>/*.json}: account and region come from
 * the folders. Files are parsed in parallel and assembled in path order, so the result does not
 * depend on thread timing. Files that do not fit the layout are findings, not failures.
 */
public final class AwsConfigs {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  private AwsConfigs() {}

  /** {@code dir} is the aws_configs folder itself, or a folder holding one. */
  public static Inventory readDirectory(Path dir) {
    Path root = Files.isDirectory(dir.resolve("aws_configs")) ? dir.resolve("aws_configs") : dir;
    List<FileContext> jobs = new ArrayList<>();
    List<Finding> layout = new ArrayList<>();
    for (Path account : list(root)) {
      if (!Files.isDirectory(account)) {
        misplaced(account, "directly in " + root, layout);
        continue;
      }
      List<Path> regions = list(account);
      if (regions.isEmpty()) layout.add(info(account, "account folder is empty; nothing read from it"));
      for (Path region : regions) {
        if (!Files.isDirectory(region)) {
          misplaced(region, "in an account folder, outside any region folder", layout);
          continue;
        }
        String r = name(region);
        if (!REGION.matcher(r).matches()) {
          layout.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "folder '" + r + "' does not look like an AWS"
              + " region (e.g. us-east-1); its files are read with region '" + r + "'", Location.of(region.toString())));
        }
        for (Path f : list(region)) {
          if (Files.isDirectory(f)) {
            layout.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "unexpected folder depth: files go in "
                + "aws_configs/<account>/<region>/, this folder is skipped", Location.of(f.toString())));
          } else if (isJson(f)) {
            jobs.add(new FileContext(f.toString(), name(account), r));
          }
        }
      }
    }
    if (jobs.isEmpty()) {
      throw new InputException(Location.of(dir.toString()), "", "no describe-* JSON files found; expected "
          + "aws_configs/<account>/<region>/*.json under this folder (see docs/validate.md)");
    }
    Inventory inv = read(jobs);
    layout.addAll(inv.findings());
    return new Inventory(inv.network(), layout);
  }

  /**
   * One describe-* file. Account and region come from the arguments, or else from the file's
   * parent folders when they look like <account>/<region>.
   */
  public static Inventory readFile(Path file, String account, String region) {
    Path abs = file.toAbsolutePath();
    Path regionDir = abs.getParent();
    Path accountDir = regionDir == null ? null : regionDir.getParent();
    if (region == null && regionDir != null && REGION.matcher(name(regionDir)).matches()) region = name(regionDir);
    if (account == null && region != null && accountDir != null && accountDir.getFileName() != null) {
      account = name(accountDir);
    }
    if (account == null || region == null) {
      throw new InputException(Location.of(file.toString()), "", "a single describe-* file needs --account and --region "
          + "(or put it in aws_configs/<account>/<region>/)");
    }
    if (!Files.isRegularFile(file)) throw new InputException(Location.of(file.toString()), "", "file not found; check the path");
    return read(List.of(new FileContext(file.toString(), account, region)));
  }

  static Inventory read(List<FileContext> jobs) {
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
    return Estate.assemble(List.of(parsed));
  }

  private static void misplaced(Path f, String where, List<Finding> out) {
    if (isJson(f)) {
      out.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "JSON file " + where + " is skipped: files go in "
          + "aws_configs/<account>/<region>/", Location.of(f.toString())));
    }
  }

  private static Finding info(Path p, String msg) {
    return Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, msg, Location.of(p.toString()));
  }

  static boolean isJson(Path f) {
    return name(f).toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static String name(Path p) {
    return p.getFileName() == null ? "" : p.getFileName().toString();
  }

  /** Entries sorted by name; hidden entries (.DS_Store, .git) skipped. */
  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !name(p).startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(Location.of(dir.toString()), "", "cannot list folder: " + e.getMessage());
    }
  }
}
