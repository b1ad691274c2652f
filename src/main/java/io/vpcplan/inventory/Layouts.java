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
import java.util.stream.Stream;

/**
 * Finds the describe-* files of one folder in every layout Batfish reads, and vpcplan's own:
 * {@code aws_configs/<account>/<region>/*.json} and {@code aws_configs/accounts/<account>/<region>/*.json}
 * (account and region from the folders), {@code aws_configs/<region>/*.json} (one account, named by
 * the data) and {@code aws_configs/*.json} (one account and region, both named by the data).
 * Files that fit no layout are findings, not failures.
 */
final class Layouts {
  static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

  private final List<FileContext> jobs = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  /** Files of the single-account layouts, whose account (and for flat files region) the data must name. */
  private final List<Path> flat = new ArrayList<>();
  private final List<Path[]> regional = new ArrayList<>(); // {file, region folder}

  /** {@code dir} is the aws_configs folder itself, or a folder holding one. */
  static Layouts of(Path dir, String account, String region) {
    Layouts l = new Layouts();
    Path root = Files.isDirectory(dir.resolve("aws_configs")) ? dir.resolve("aws_configs") : dir;
    for (Path e : list(root)) {
      if (!Files.isDirectory(e)) {
        if (isJson(e)) l.flat.add(e);
      } else if (name(e).equals("accounts")) {
        for (Path a : list(e)) {
          if (Files.isDirectory(a)) l.account(a);
          else l.misplaced(a, "in " + e + ", outside any account folder");
        }
      } else if (REGION.matcher(name(e)).matches()) {
        for (Path f : list(e)) l.regionFile(f, e);
      } else {
        l.account(e);
      }
    }
    l.single(root, account, region);
    return l;
  }

  List<FileContext> jobs() {
    return jobs;
  }

  List<Finding> findings() {
    return findings;
  }

  private void account(Path account) {
    List<Path> regions = list(account);
    if (regions.isEmpty()) findings.add(info(account, "account folder is empty; nothing read from it"));
    for (Path region : regions) {
      if (!Files.isDirectory(region)) {
        misplaced(region, "in an account folder, outside any region folder");
        continue;
      }
      String r = name(region);
      if (!REGION.matcher(r).matches()) {
        findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "folder '" + r + "' does not look like an AWS"
            + " region (e.g. us-east-1); its files are read with region '" + r + "'", Location.of(region.toString())));
      }
      for (Path f : list(region)) {
        if (Files.isDirectory(f)) depth(f);
        else if (isJson(f)) jobs.add(new FileContext(f.toString(), name(account), r));
      }
    }
  }

  private void regionFile(Path f, Path region) {
    if (Files.isDirectory(f)) depth(f);
    else if (isJson(f)) regional.add(new Path[] {f, region});
  }

  /** The single-account layouts: one account for all their files, one region for the flat ones. */
  private void single(Path root, String account, String region) {
    if (flat.isEmpty() && regional.isEmpty()) return;
    List<Path> all = new ArrayList<>(flat);
    for (Path[] fr : regional) all.add(fr[0]);
    String acc = account != null ? account : ContextGuess.account(all, root, findings);
    String reg = region != null || flat.isEmpty() ? region : ContextGuess.region(flat, root, findings);
    for (Path f : flat) jobs.add(new FileContext(f.toString(), acc, reg));
    for (Path[] fr : regional) jobs.add(new FileContext(fr[0].toString(), acc, name(fr[1])));
  }

  private void depth(Path f) {
    findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "unexpected folder depth: files go in "
        + "aws_configs/<account>/<region>/, this folder is skipped", Location.of(f.toString())));
  }

  private void misplaced(Path f, String where) {
    if (isJson(f)) {
      findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "JSON file " + where + " is skipped: files go in "
          + "aws_configs/<account>/<region>/", Location.of(f.toString())));
    }
  }

  private static Finding info(Path p, String msg) {
    return Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, msg, Location.of(p.toString()));
  }

  static boolean isJson(Path f) {
    return name(f).toLowerCase(Locale.ROOT).endsWith(".json") && !name(f).equals(SourceFindings.FILE);
  }

  static String name(Path p) {
    return p.getFileName() == null ? "" : p.getFileName().toString();
  }

  /** Entries sorted by name; hidden entries (.DS_Store, .git) skipped. */
  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !name(p).startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(Location.of(dir.toString()), "", "cannot list folder: " + e.getMessage());
    }
  }
}
