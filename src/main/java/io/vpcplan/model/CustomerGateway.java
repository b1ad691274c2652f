package io.vpcplan.model;

/** The AWS side's record of an on-premises VPN device: its public IP and BGP ASN; {@code site} may be empty. */
public record CustomerGateway(String id, String name, String account, String region, long asn, String ipAddress,
    String site, Location location) {
  public CustomerGateway {
    id = Checks.nonBlank(id, "customer gateway id");
    name = Checks.orEmpty(name);
    account = Checks.orEmpty(account);
    region = Checks.orEmpty(region);
    ipAddress = Checks.orEmpty(ipAddress);
    site = Checks.orEmpty(site);
    if (location == null) location = Location.NONE;
  }
}
