package io.vpcplan.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcplan.change.RegionDocs;
import io.vpcplan.generate.OwnershipTags;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ram.model.ResourceOwner;
import software.amazon.awssdk.services.ram.model.ResourceShareStatus;
import software.amazon.awssdk.services.ram.model.TagFilter;

/**
 * What apply reads beyond a snapshot: this plan's internet gateways, NAT gateways, Elastic IPs and RAM shares (with their
 * principals and resources), in the documents' CLI shape, added to the snapshot's documents.
 */
final class ApplyReads {
  private ApplyReads() {}

  /** {@code warnings} gets a line when the endpoint has no RAM (an EC2 emulator): shares are then not read. */
  static RegionDocs add(RegionDocs r, ApplySession s, java.util.List<String> warnings) {
    Map<String, JsonNode> docs = new HashMap<>(r.docs());
    String where = r.account() + "/" + r.region() + ": ";
    read(docs, "InternetGateways", () -> igws(s), warnings, where + "the endpoint does not serve"
        + " ec2:DescribeInternetGateways; internet gateways cannot be read, and creating one will fail");
    read(docs, "NatGateways", () -> nats(s), warnings, where + "the endpoint does not serve ec2:DescribeNatGateways;"
        + " NAT gateways cannot be read, and creating one will fail");
    read(docs, "Addresses", () -> addresses(s), warnings, where + "the endpoint does not serve ec2:DescribeAddresses;"
        + " Elastic IPs cannot be read, and allocating one will fail");
    read(docs, "ResourceShares", () -> shares(s), warnings, where + "the endpoint does not serve RAM; shares cannot"
        + " be read, and creating one will fail");
    return new RegionDocs(r.account(), r.region(), docs);
  }

  /** Reads one document; an endpoint without the operation (an emulator) is a warning, any other failure is not. */
  private static void read(Map<String, JsonNode> docs, String key, java.util.function.Supplier<ArrayNode> call,
      java.util.List<String> warnings, String unsupported) {
    try {
      docs.put(key, call.get());
    } catch (RuntimeException e) {
      var ase = AwsErrors.service(e);
      if (AwsErrors.classify(e) != AwsErrors.Kind.UNSUPPORTED && (ase == null || ase.statusCode() != 404)) throw e;
      warnings.add(unsupported + " (" + AwsErrors.describe(e) + ")");
    }
  }

  private static ArrayNode igws(ApplySession s) {
    ArrayNode igws = JsonNodeFactory.instance.arrayNode();
    s.ec2().describeInternetGatewaysPaginator(q -> q.filters(Filter.builder().name("tag:" + OwnershipTags.PLAN)
        .values(s.plan()).build())).internetGateways().forEach(g -> igws.add(CliJson.object(g)));
    return igws;
  }

  private static ArrayNode nats(ApplySession s) {
    ArrayNode nats = JsonNodeFactory.instance.arrayNode();
    s.ec2().describeNatGatewaysPaginator(q -> q.filter(Filter.builder().name("tag:" + OwnershipTags.PLAN)
        .values(s.plan()).build())).natGateways().forEach(n -> nats.add(CliJson.object(n)));
    return nats;
  }

  /** DescribeAddresses is not paginated: one call answers every address. */
  private static ArrayNode addresses(ApplySession s) {
    ArrayNode eips = JsonNodeFactory.instance.arrayNode();
    s.ec2().describeAddresses(q -> q.filters(Filter.builder().name("tag:" + OwnershipTags.PLAN).values(s.plan()).build()))
        .addresses().forEach(a -> eips.add(CliJson.object(a)));
    return eips;
  }

  private static ArrayNode shares(ApplySession s) {
    ArrayNode shares = JsonNodeFactory.instance.arrayNode();
    for (var share : s.ram().getResourceSharesPaginator(q -> q.resourceOwner(ResourceOwner.SELF)
        .resourceShareStatus(ResourceShareStatus.ACTIVE)
        .tagFilters(TagFilter.builder().tagKey(OwnershipTags.PLAN).tagValues(s.plan()).build()))
        .stream().flatMap(p -> p.resourceShares().stream()).toList()) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("resourceShareArn", share.resourceShareArn());
      o.put("name", share.name());
      o.put("status", share.statusAsString());
      ArrayNode tags = o.putArray("tags");
      share.tags().forEach(t -> tags.addObject().put("key", t.key()).put("value", t.value()));
      ArrayNode principals = o.putArray("principals");
      RamSteps.principals(s, share.resourceShareArn()).forEach(principals::add);
      ArrayNode resources = o.putArray("resources");
      RamSteps.resources(s, share.resourceShareArn()).forEach(resources::add);
      shares.add(o);
    }
    return shares;
  }
}
