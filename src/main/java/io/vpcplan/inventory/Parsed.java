package io.vpcplan.inventory;

import io.vpcplan.finding.Finding;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.Endpoint;
import io.vpcplan.model.EndpointService;
import io.vpcplan.model.Location;
import io.vpcplan.model.RouteTable;
import io.vpcplan.model.Subnet;
import io.vpcplan.model.TgwRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one describe-* file held, before the estate is assembled from all files. */
final class Parsed {
  record RawVpc(String id, String owner, String name, List<Cidr> cidrs, boolean isDefault, FileContext ctx, Location at,
      List<io.vpcplan.model.IpamAllocation> ipam) {
    RawVpc(String id, String owner, String name, List<Cidr> cidrs, boolean isDefault, FileContext ctx, Location at) {
      this(id, owner, name, cidrs, isDefault, ctx, at, List.of());
    }
  }

  record RawSubnet(String id, String vpcId, String owner, Subnet subnet, FileContext ctx) {}

  record RawRouteTable(String vpcId, RouteTable table, FileContext ctx, Location at) {}

  record RawTgw(String id, String owner, String name, long asn, boolean defaultAssociation, boolean defaultPropagation,
      boolean autoAccept, FileContext ctx, Location at) {}

  /** A TGW attachment from describe-transit-gateway-attachments or -vpc-attachments (merged by id). */
  record RawAttachment(String id, String tgwId, AttachmentType type, String resourceId, String resourceOwner,
      List<String> subnetIds, boolean applianceMode, String associatedTable, FileContext ctx, Location at) {}

  record RawTgwTable(String id, String tgwId, String name, FileContext ctx, Location at) {}

  /** One side of a peering, as the peering itself describes it (used when that VPC is not exported). */
  record PeerSide(String vpcId, String owner, String region, List<Cidr> cidrs) {}

  record RawPeering(String id, PeerSide requester, PeerSide accepter, FileContext ctx, Location at) {}

  final FileContext ctx;
  final List<RawVpc> vpcs = new ArrayList<>();
  final List<RawSubnet> subnets = new ArrayList<>();
  final List<RawRouteTable> routeTables = new ArrayList<>();
  final List<RawTgw> tgws = new ArrayList<>();
  final List<RawAttachment> attachments = new ArrayList<>();
  final List<RawTgwTable> tgwTables = new ArrayList<>();
  /** Attachments (and TGW route tables) listed in a state that carries no traffic (deleted, failed, rejected, pending …). */
  final java.util.Set<String> goneIds = new java.util.TreeSet<>();
  final Map<String, List<TgwRoute>> tgwRoutes = new TreeMap<>();
  final Map<String, List<String>> tgwAssociations = new TreeMap<>();
  final Map<String, List<String>> tgwPropagations = new TreeMap<>();
  /** Where each TGW route table's routes, associations or propagations were first given in this file. */
  final Map<String, Location> keyedAt = new TreeMap<>();
  final List<RawPeering> peerings = new ArrayList<>();
  /** Routes to a managed prefix list, and the lists (with their entries when the export has them). */
  final List<PrefixLists.Route> prefixRoutes = new ArrayList<>(0);
  final List<PrefixLists.Route> tgwPrefixRoutes = new ArrayList<>(0);
  final List<PrefixLists.Entries> prefixLists = new ArrayList<>(0);
  final List<Endpoint> endpoints = new ArrayList<>();
  final List<EndpointService> services = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final HybridParts hybrid = new HybridParts();

  /**
   * Repeated values (owner, AZ, VPC id of 600,000 subnets) share one String per file: an
   * open-addressing table looked up straight from the parser's characters, so a repeated value
   * makes no String at all.
   */
  private String[] strings = new String[64];
  private int stringCount;

  Parsed(FileContext ctx) {
    this.ctx = ctx;
  }

  String intern(String s) {
    if (s == null) return null;
    return intern(s.toCharArray(), 0, s.length(), s);
  }

  /** The current string value, shared; null or a problem (as {@link Elem#str}) when it is not a string. */
  String internText(com.fasterxml.jackson.core.JsonParser p, Elem e, String field) throws java.io.IOException {
    if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) return intern(e.str(p, field));
    return intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength(), null);
  }

  private String intern(char[] b, int off, int n, String given) {
    int h = 0;
    for (int i = 0; i < n; i++) h = 31 * h + b[off + i];
    int mask = strings.length - 1;
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      String s = strings[i];
      if (s == null) {
        String added = given != null ? given : new String(b, off, n);
        strings[i] = added;
        if (++stringCount * 2 > strings.length) grow();
        return added;
      }
      if (same(s, b, off, n)) return s;
    }
  }

  /** {@link #intern} of the ASCII text in {@code b[off, off + n)}, in the same table (a char's hash is its byte's). */
  String intern(byte[] b, int off, int n) {
    int h = 0;
    for (int i = 0; i < n; i++) h = 31 * h + b[off + i];
    int mask = strings.length - 1;
    for (int i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      String s = strings[i];
      if (s == null) {
        String added = new String(b, off, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        strings[i] = added;
        if (++stringCount * 2 > strings.length) grow();
        return added;
      }
      if (same(s, b, off, n)) return s;
    }
  }

  private static boolean same(String s, byte[] b, int off, int n) {
    if (s.length() != n) return false;
    for (int i = 0; i < n; i++) if (s.charAt(i) != b[off + i]) return false;
    return true;
  }

  private static boolean same(String s, char[] b, int off, int n) {
    if (s.length() != n) return false;
    for (int i = 0; i < n; i++) if (s.charAt(i) != b[off + i]) return false;
    return true;
  }

  private void grow() {
    String[] old = strings;
    strings = new String[old.length * 2];
    int mask = strings.length - 1;
    for (String s : old) {
      if (s == null) continue;
      int h = s.hashCode();
      int i = (h ^ (h >>> 16)) & mask;
      while (strings[i] != null) i = (i + 1) & mask;
      strings[i] = s;
    }
  }
}
