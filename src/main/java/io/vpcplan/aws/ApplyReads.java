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
 * What apply reads beyond a snapshot: this plan's internet gateways and RAM shares (with their
 * principals and resources), in the documents' CLI shape, added to the snapshot's documents.
 */
final class ApplyReads {
  private ApplyReads() {}

  static RegionDocs add(RegionDocs r, ApplySession s) {
    Map<String, JsonNode> docs = new HashMap<>(r.docs());
    ArrayNode igws = JsonNodeFactory.instance.arrayNode();
    s.ec2().describeInternetGatewaysPaginator(q -> q.filters(Filter.builder().name("tag:" + OwnershipTags.PLAN)
        .values(s.plan()).build())).internetGateways().forEach(g -> igws.add(CliJson.object(g)));
    docs.put("InternetGateways", igws);
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
    docs.put("ResourceShares", shares);
    return new RegionDocs(r.account(), r.region(), docs);
  }
}
