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
    // thousands of account folders: listed on every core (listing is a system call per folder and a
    // stat per entry), then joined in name order, so the result is the same as listed one by one
    List<Path> entries = list(root);
    Layouts[] parts = new Layouts[entries.size()];
    RuntimeException[] failed = new RuntimeException[parts.length];
    java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> {
      parts[i] = new Layouts();
      try {
        parts[i].entry(entries.get(i));
      } catch (RuntimeException ex) {
        failed[i] = ex;
      }
    });
    for (RuntimeException ex : failed) if (ex != null) throw ex; // the first in name order, as one by one
    for (Layouts p : parts) {
      l.jobs.addAll(p.jobs);
      l.findings.addAll(p.findings);
      l.flat.addAll(p.flat);
      l.regional.addAll(p.regional);
    }
    l.single(root, account, region);
    return l;
  }

  /** One entry of the aws_configs folder: an account folder, "accounts", a region folder or a flat file. */
  private void entry(Path e) {
    List<Path> inside = listIfFolder(e);
    if (inside == null) {
      if (isJson(e)) flat.add(e);
    } else if (name(e).equals("accounts")) {
      for (Path a : inside) {
        List<Path> regions = listIfFolder(a);
        if (regions != null) account(a, regions);
        else misplaced(a, "in " + e + ", outside any account folder");
      }
    } else if (REGION.matcher(name(e)).matches()) {
      for (Path f : inside) regionFile(f, e);
    } else {
      account(e, inside);
    }
  }

  List<FileContext> jobs() {
    return jobs;
  }

  List<Finding> findings() {
    return findings;
  }

  private void account(Path account, List<Path> regions) {
    if (regions.isEmpty()) findings.add(info(account, "account folder is empty; nothing read from it"));
    for (Path region : regions) {
      List<Path> files = listIfFolder(region);
      if (files == null) {
        misplaced(region, "in an account folder, outside any region folder");
        continue;
      }
      String r = name(region);
      if (!REGION.matcher(r).matches()) {
        findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "folder '" + r + "' does not look like an AWS"
            + " region (e.g. us-east-1); its files are read with region '" + r + "'", Location.of(region.toString())));
      }
      String accountName = name(account);
      for (Path f : files) {
        if (Files.isDirectory(f)) depth(f);
        else if (isJson(f)) jobs.add(new FileContext(f.toString(), accountName, r));
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
    List<Path> fast = listIfFolder(dir);
    return fast != null ? fast : slowList(dir);
  }

  /**
   * The entries of {@code dir} as {@link #list}, or null when it is not a folder. One system call
   * for both questions (java.io.File.list), where Files.isDirectory then Files.list take a stat
   * more and a stream: this runs for every folder of an estate of thousands of accounts.
   */
  static List<Path> listIfFolder(Path dir) {
    String[] names = dir.getFileSystem() == java.nio.file.FileSystems.getDefault() ? dir.toFile().list() : null;
    if (names == null) return Files.isDirectory(dir) ? slowList(dir) : null; // unreadable, or another file system
    java.util.Arrays.sort(names);
    List<Path> out = new ArrayList<>(names.length);
    for (String n : names) {
      for (int i = 0; i < n.length(); i++) {
        // Path order is byte order; String order matches it only for ASCII names
        if (n.charAt(i) >= 0x80) return slowList(dir);
      }
      if (!n.startsWith(".")) out.add(dir.resolve(n));
    }
    return out;
  }

  private static List<Path> slowList(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !name(p).startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(Location.of(dir.toString()), "", "cannot list folder: " + e.getMessage());
    }
  }
}
