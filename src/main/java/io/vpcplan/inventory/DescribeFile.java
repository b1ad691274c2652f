package io.vpcplan.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcplan.finding.Code;
import io.vpcplan.finding.Finding;
import io.vpcplan.finding.Severity;
import io.vpcplan.model.InputException;
import io.vpcplan.model.Location;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one describe-* JSON file, streaming: the top-level keys choose the reader (not the file
 * name), each array element is read on its own and forgotten. A file that is not well-formed
 * JSON is unreadable input (exit 2, with file:line:column); a bad element is a finding.
 */
public final class DescribeFile {
  /** Top-level keys this reader understands; everything else is ignored. */
  public static final Set<String> KEYS = union(Set.of("Vpcs", "Subnets", "RouteTables", "TransitGateways",
      "TransitGatewayAttachments", "TransitGatewayVpcAttachments", "TransitGatewayRouteTables",
      "TransitGatewayRouteTableRoutes", "TransitGatewayRouteTableAssociations", "TransitGatewayRouteTablePropagations",
      "VpcPeeringConnections", "VpcEndpoints", "ServiceConfigurations", "VpcEndpointServiceConfigurations",
      "TransitGatewayPropagations", "TransitGatewayStaticRoutes", "PrefixLists", "ManagedPrefixLists", "Entries", "PrefixListEntries"), HybridFiles.KEYS);

  /**
   * Keys of the other files a Batfish snapshot (or an AWS CLI export) holds: recognised and skipped
   * without a note, since the model has no place for them (their ids still appear as route targets).
   */
  static final Set<String> SKIPPED = Set.of("Addresses", "AvailabilityZones", "ClassicLinkInstances",
      "DBInstances", "DhcpOptions", "DomainStatusList",
      "EgressOnlyInternetGateways", "Hosts", "InstanceStatuses", "Instances", "InternetGateways", "LoadBalancerAttributes",
      "LoadBalancerListeners", "LoadBalancerTargetHealth", "LoadBalancers", "MovingAddressStatuses",
      "NatGateways", "NetworkAcls", "NetworkInterfaces", "NextToken", "PlacementGroups", "Regions",
      "Reservations", "SecurityGroups", "ServiceDetails", "ServiceNames", "Tags", "TargetGroups",
      "TransitGatewayConnects", "TransitGatewayPeeringAttachments", "VpcClassicLink",
      "VpcClassicLinkDnsSupport", "VpcEndpointServices", "AdditionalRoutesAvailable");

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new java.util.HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private DescribeFile() {}

  interface Reader {
    void read(JsonParser p, Elem e, Parsed out) throws IOException;
  }

  static Parsed read(Path file, FileContext ctx) {
    Parsed fast = FastDescribe.read(file, ctx);
    return fast != null ? fast : stream(file, null, ctx);
  }

  /** The general read, streaming: from {@code bytes} when given (tests), else from the file. */
  static Parsed stream(Path file, byte[] bytes, FileContext ctx) {
    Parsed out = new Parsed(ctx);
    try (JsonParser p = bytes != null ? JSON.createParser(bytes) : JSON.createParser(file.toFile())) {
      JsonToken t = p.nextToken();
      if (t == null) {
        out.findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.WARNING, "file is empty; skipped",
            new Location(ctx.file(), 1, 1)));
        return out;
      }
      Set<String> unknown = new TreeSet<>();
      boolean known = false;
      int documents = 0;
      for (; t != null; t = p.nextToken()) { // `aws … >> file` appends a second document: each is read
        if (t != JsonToken.START_OBJECT) {
          throw new InputException(Jp.loc(ctx.file(), p), "", (documents == 0 ? "expected a" : "after " + documents
              + " JSON object(s), expected another") + " JSON object with describe-* keys such as \"Vpcs\" or "
              + "\"Subnets\", found " + Jp.describe(p) + (t == JsonToken.START_ARRAY
              ? " (saved with --query 'Vpcs'?); save what 'aws ec2 describe-vpcs' prints without --query, or wrap the list "
              + "as {\"Vpcs\": [...]}" : "; save the output of 'aws ec2 describe-vpcs' as it prints"));
        }
        documents++;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          known |= dispatch(p, key, out) || SKIPPED.contains(key);
          if (!KEYS.contains(key)) unknown.add(key);
        }
      }
      if (documents > 1) {
        out.findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, documents + " JSON documents in one file "
            + "(output appended with >>?); all are read, and an id found twice is taken from the first; keep one "
            + "export per file to be sure which copy counts", new Location(ctx.file(), 1, 1)));
      }
      if (!known) {
        out.findings.add(Finding.of(Code.INVENTORY_LAYOUT, Severity.INFO, (unknown.isEmpty() ? "an empty JSON object"
            : "no describe-* key vpcplan reads (found: " + String.join(", ", unknown) + ")") + "; skipped",
            new Location(ctx.file(), 1, 1)));
      }
      return out;
    } catch (JsonProcessingException e) {
      Location at = e.getLocation() == null ? Location.of(ctx.file())
          : new Location(ctx.file(), Math.max(1, e.getLocation().getLineNr()), Math.max(1, e.getLocation().getColumnNr()));
      String why = io.vpcplan.io.ParserMessages.clean(e.getOriginalMessage());
      throw new InputException(at, "", "not valid JSON: " + why + (why.contains("UTF-8")
          ? "; the file is in another encoding (Windows-1252 or Latin-1?): save it as UTF-8"
          : "; re-export the file (was it cut short?)"));
    } catch (NoSuchFileException e) {
      throw new InputException(Location.of(ctx.file()), "", "file not found; check the path");
    } catch (IOException e) {
      throw new InputException(Location.of(ctx.file()), "", "cannot read file: " + e.getMessage());
    }
  }

  private static boolean dispatch(JsonParser p, String key, Parsed out) throws IOException {
    switch (key) {
      case "Vpcs" -> elements(p, key, out, VpcReaders::vpc);
      case "Subnets" -> elements(p, key, out, VpcReaders::subnet);
      case "RouteTables" -> elements(p, key, out, VpcReaders::routeTable);
      case "TransitGateways" -> elements(p, key, out, TgwReaders::tgw);
      case "TransitGatewayAttachments" -> elements(p, key, out, (q, e, o) -> TgwReaders.attachment(q, e, o, false));
      case "TransitGatewayVpcAttachments" -> elements(p, key, out, (q, e, o) -> TgwReaders.attachment(q, e, o, true));
      case "TransitGatewayRouteTables" -> elements(p, key, out, TgwReaders::table);
      case "TransitGatewayRouteTableRoutes" -> TgwReaders.keyed(p, key, TgwReaders.Keyed.ROUTES, out);
      case "TransitGatewayRouteTableAssociations" -> TgwReaders.keyed(p, key, TgwReaders.Keyed.ASSOCIATIONS, out);
      case "TransitGatewayRouteTablePropagations" -> TgwReaders.keyed(p, key, TgwReaders.Keyed.PROPAGATIONS, out);
      case "VpcPeeringConnections" -> elements(p, key, out, PeeringReaders::peering);
      case "VpcEndpoints" -> elements(p, key, out, PeeringReaders::endpoint);
      case "ServiceConfigurations", "VpcEndpointServiceConfigurations" -> elements(p, key, out, PeeringReaders::service);
      case "TransitGatewayPropagations" -> elements(p, key, out, BatfishTgw::propagations);
      case "TransitGatewayStaticRoutes" -> elements(p, key, out, BatfishTgw::staticRoutes);
      case "PrefixLists", "ManagedPrefixLists" -> elements(p, key, out, PrefixLists::list);
      case "Entries" -> PrefixLists.entriesFile(p, out);
      case "PrefixListEntries" -> elements(p, key, out, PrefixLists::entry);
      default -> {
        if (HybridFiles.dispatch(p, key, out)) return true;
        p.skipChildren();
        return false;
      }
    }
    return true;
  }

  static void elements(JsonParser p, String key, Parsed out, Reader r) throws IOException {
    String file = out.ctx.file();
    if (p.currentToken() == JsonToken.VALUE_NULL) return;
    if (p.currentToken() != JsonToken.START_ARRAY) {
      out.findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, key + ": expected a list, found "
          + Jp.describe(p) + "; skipped", Jp.loc(file, p)));
      p.skipChildren();
      return;
    }
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Location at = Jp.loc(file, p);
      int index = i++;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        out.findings.add(Finding.of(Code.INVENTORY_ELEMENT, Severity.ERROR, key + "[" + index + "]: expected an object, "
            + "found " + Jp.describe(p) + "; skipped", at));
        p.skipChildren();
        continue;
      }
      r.read(p, new Elem(out.ctx, at, key, index), out);
    }
  }


  static List<String> keys() {
    return List.copyOf(new TreeSet<>(KEYS));
  }
}
