package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.vpcplan.io.AtomicFiles;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.Network;
import io.vpcplan.model.Peering;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.Vpc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a Network as describe-* JSON in {@code DIR/aws_configs/<account>/<region>/} with Batfish's
 * file names and shapes (which the importer reads, and Batfish too), so an estate is snapshotted once and validated offline. Output is
 * sorted and byte-identical for the same network; each file is written atomically.
 */
public final class InventoryWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private InventoryWriter() {}

  /** One account/region folder's content, gathered before writing. */
  static final class Folder {
    final List<Vpc> vpcs = new ArrayList<>();
    final List<TransitGateway> tgws = new ArrayList<>();
    final List<TgwAttachment> attachments = new ArrayList<>();
    final List<Peering> peerings = new ArrayList<>();
    final List<Endpoint> endpoints = new ArrayList<>();
    final HybridParts hybrid = new HybridParts();
  }

  /** Returns the number of files written. */
  public static int write(Network net, Path outDir) throws IOException {
    Map<String, Folder> folders = new TreeMap<>();
    Map<String, Vpc> byId = new HashMap<>();
    for (Vpc v : net.vpcs()) {
      byId.put(v.id(), v);
      // describe-vpcs always has a CIDR; a VPC whose blocks come from IPAM at deploy time has none yet
      if (!v.cidrs().isEmpty() || !v.ipamAllocations().isEmpty()) folder(folders, v.account(), v.region()).vpcs.add(v);
    }
    for (TransitGateway t : net.transitGateways()) {
      String account = t.account();
      if (account.isEmpty()) account = t.attachments().isEmpty() ? "unknown" : t.attachments().get(0).account();
      folder(folders, account.isEmpty() ? "unknown" : account, t.region()).tgws.add(t);
      for (TgwAttachment a : t.attachments()) {
        Vpc v = byId.get(a.resourceId());
        String acc = v != null ? v.account() : a.account().isEmpty() ? account : a.account();
        folder(folders, acc.isEmpty() ? "unknown" : acc, t.region()).attachments.add(a);
      }
    }
    for (Peering p : net.peerings()) {
      Vpc v = byId.get(p.requesterVpcId());
      if (v != null) folder(folders, v.account(), v.region()).peerings.add(p);
    }
    for (Endpoint e : net.endpoints()) {
      Vpc v = byId.get(e.vpcId());
      if (v != null) folder(folders, v.account(), v.region()).endpoints.add(e);
    }
    HybridJson.place(net.hybrid(), (acc, reg) -> folder(folders, acc.isEmpty() ? "unknown" : acc,
        reg.isEmpty() ? "unknown" : reg).hybrid);
    int files = 0;
    TgwJson.Known known = TgwJson.Known.of(net.transitGateways());
    for (Map.Entry<String, Folder> e : folders.entrySet()) {
      Path dir = outDir.resolve("aws_configs").resolve(e.getKey());
      files += DescribeJson.writeFolder(dir, e.getValue(), byId, known);
    }
    return files;
  }

  private static Folder folder(Map<String, Folder> folders, String account, String region) {
    return folders.computeIfAbsent(safe(account) + "/" + safe(region), k -> new Folder());
  }

  private static final java.util.regex.Pattern RESERVED =
      java.util.regex.Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

  /**
   * Folder names safe on every file system (no : / \ * ? " < > | or spaces, no trailing dot, no
   * Windows device name), deterministic: "ou:Infrastructure" becomes "ou_Infrastructure". The real
   * account name stays in the data (OwnerId), so nothing is lost.
   */
  static String safe(String s) {
    String t = s.replaceAll("[^A-Za-z0-9._+-]", "_").replaceAll("\\.+$", "_");
    if (t.isEmpty()) return "_";
    return RESERVED.matcher(t).matches() ? t + "_" : t;
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static void file(Path target, Body body) throws IOException {
    AtomicFiles.write(target, out -> {
      try (JsonGenerator g = JSON.createGenerator(out)) {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf));
        body.write(g);
        g.writeRaw('\n');
      }
    });
  }
}
