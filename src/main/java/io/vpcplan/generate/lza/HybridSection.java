package io.vpcplan.generate.lza;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.cidr.Cidr;
import io.vpcplan.generate.GenerateOptions;
import io.vpcplan.generate.OwnershipTags;
import io.vpcplan.model.AttachmentType;
import io.vpcplan.model.CustomerGateway;
import io.vpcplan.model.DxGateway;
import io.vpcplan.model.Network;
import io.vpcplan.model.OnPremSite;
import io.vpcplan.model.TgwAttachment;
import io.vpcplan.model.TransitGateway;
import io.vpcplan.model.VirtualInterface;
import io.vpcplan.model.VpnConnection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LZA {@code customerGateways} (each with its {@code vpnConnections} to a transit gateway) and
 * {@code directConnectGateways} (with {@code transitGatewayAssociations}: allowed prefixes and the
 * TGW route tables the attachment joins). Transit VIFs need a real DX connection id: without one
 * they are a README note. On-premises sites become tagged {@code prefixLists}.
 */
final class HybridSection {
  /** Tags that carry an on-premises site through LZA (read back by the LZA importer). */
  static final String SITE = "vpcplan:site";
  static final String SITE_ASN = "vpcplan:site-asn";
  static final String SITE_REACHES = "vpcplan:site-reaches";
  private final Network network;
  private final LzaNames names;
  private final GenerateOptions options;
  private final Notes notes;

  HybridSection(Network network, LzaNames names, GenerateOptions options, Notes notes) {
    this.network = network;
    this.names = names;
    this.options = options;
    this.notes = notes;
  }

  ArrayNode customerGateways() {
    ArrayNode out = LzaYaml.F.arrayNode();
    for (CustomerGateway c : network.hybrid().customerGateways().stream().sorted(Comparator.comparing(CustomerGateway::id)).toList()) {
      ArrayNode vpns = LzaYaml.F.arrayNode();
      for (VpnConnection v : network.hybrid().vpnConnections()) if (v.customerGatewayId().equals(c.id())) vpn(v, vpns);
      if (vpns.isEmpty()) continue;
      ObjectNode o = out.addObject().put("name", names.customerGateway(c.id())).put("account", c.account())
          .put("region", c.region());
      if (c.ipAddress().isEmpty()) {
        notes.add("customer gateway " + c.id() + " has no IP address in the plan; 192.0.2.1 is written, put the device's.");
      }
      o.put("ipAddress", c.ipAddress().isEmpty() ? "192.0.2.1" : c.ipAddress());
      if (c.asn() == 0) notes.add("customer gateway " + c.id() + " has no BGP ASN in the plan; 65000 is written, put the device's.");
      o.put("asn", c.asn() == 0 ? 65000 : c.asn());
      o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), c.id(), null, site(c.site()))));
      o.set("vpnConnections", vpns);
    }
    return out;
  }

  private void vpn(VpnConnection v, ArrayNode into) {
    Optional<TransitGateway> t = tgw(v.transitGatewayId());
    if (t.isEmpty()) {
      notes.add("VPN connection " + v.id() + " does not end on a transit gateway of this config; it is not written.");
      return;
    }
    ObjectNode o = into.addObject().put("name", names.vpn(v.id())).put("transitGateway", names.tgw(t.get().id()))
        .put("staticRoutesOnly", v.staticRoutesOnly());
    t.get().attachments().stream().filter(a -> a.type() == AttachmentType.VPN && a.resourceId().equals(v.id()))
        .findFirst().ifPresent(a -> tables(o, t.get(), a));
    o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), v.id(), null, site(v.site()))));
  }

  /** The on-premises site a gateway or connection serves, as a tag the importer reads back. */
  private static Map<String, String> site(String site) {
    return site.isEmpty() ? Map.of() : Map.of(SITE, site);
  }

  /**
   * LZA has no on-premises site: each becomes a managed prefix list of its IPv4 ranges in the
   * network account (useful in security groups and routes), tagged with its name, BGP ASN and the
   * segments it reaches, so that the importer rebuilds the site.
   */
  ArrayNode prefixLists(String networkAccount) {
    ArrayNode out = LzaYaml.F.arrayNode();
    for (OnPremSite site : network.hybrid().sites().stream().sorted(Comparator.comparing(OnPremSite::name)).toList()) {
      List<Cidr> v4 = site.ranges().stream().filter(Cidr::isV4).toList();
      if (v4.size() < site.ranges().size()) {
        notes.add("on-premises site " + site.name() + ": its IPv6 ranges are not in prefix list " + siteList(site.name())
            + " (IPv4 only); add an IPv6 prefix list by hand if you need one.");
      }
      if (v4.isEmpty()) continue;
      ObjectNode o = out.addObject().put("name", siteList(site.name()));
      o.putObject("deploymentTargets").putArray("accounts").add(networkAccount);
      o.put("addressFamily", "IPv4").put("maxEntries", v4.size());
      ArrayNode entries = o.putArray("entries");
      v4.forEach(c -> entries.add(c.toString()));
      Map<String, String> tags = new java.util.TreeMap<>(Map.of(SITE, site.name(), SITE_ASN, Long.toString(site.asn())));
      if (!site.segments().isEmpty()) tags.put(SITE_REACHES, String.join(" ", site.segments()));
      o.set("tags", LzaYaml.tags(OwnershipTags.of(options.planName(), "site/" + site.name(), null, tags)));
    }
    return out;
  }

  static String siteList(String site) {
    return LzaNames.clean("onprem-" + site);
  }

  ArrayNode directConnectGateways() {
    ArrayNode out = LzaYaml.F.arrayNode();
    for (DxGateway d : network.hybrid().dxGateways().stream().sorted(Comparator.comparing(DxGateway::id)).toList()) {
      String name = names.dxGateway(d.id());
      if (d.asn() == 0) notes.add("Direct Connect gateway " + d.id() + " has no ASN in the plan; 64512 is written, change it if taken.");
      ObjectNode o = out.addObject().put("name", name).put("account", d.account()).put("asn", d.asn() == 0 ? 64512 : d.asn())
          .put("gatewayName", d.name().isEmpty() ? name : d.name());
      ArrayNode assocs = o.putArray("transitGatewayAssociations");
      for (DxGateway.Association s : d.associations()) {
        Optional<TransitGateway> t = tgw(s.gatewayId());
        if (t.isEmpty()) {
          notes.add("Direct Connect gateway " + d.id() + ": association with " + s.gatewayId() + " is not written (not a"
              + " transit gateway of this config).");
          continue;
        }
        ObjectNode a = assocs.addObject().put("name", names.tgw(t.get().id())).put("account", t.get().account());
        ArrayNode prefixes = a.putArray("allowedPrefixes");
        for (Cidr c : s.allowedPrefixes()) prefixes.add(c.toString());
        t.get().attachments().stream().filter(x -> x.type() == AttachmentType.DIRECT_CONNECT && x.resourceId().equals(d.id()))
            .findFirst().ifPresent(x -> tables(a, t.get(), x));
      }
      if (assocs.isEmpty()) o.remove("transitGatewayAssociations");
      for (VirtualInterface v : network.hybrid().virtualInterfaces()) {
        if (v.dxGatewayId().equals(d.id())) {
          notes.add("virtual interface " + v.id() + " (" + v.type() + ", VLAN " + v.vlan() + ", customer ASN " + v.bgpAsn()
              + ") is not written: add it under directConnectGateways[" + name + "].virtualInterfaces with the id of"
              + " the Direct Connect connection (dxcon-...) once it is provisioned.");
        }
      }
    }
    return out;
  }

  private void tables(ObjectNode o, TransitGateway t, TgwAttachment a) {
    TgwSection.tables(o, t, a, names);
  }

  private Optional<TransitGateway> tgw(String id) {
    return network.transitGateways().stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
