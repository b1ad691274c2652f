package io.vpcplan.aws;

import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ram.RamClient;

/** The clients of one account-region during apply, and what every step in it needs to know. */
record ApplySession(String account, String region, String partition, Ec2Client ec2, Ec2Client ec2Once, RamClient ram,
    String plan) implements AutoCloseable {

  TagSpecification tagSpec(ResourceType type, Map<String, String> tags) {
    return TagSpecification.builder().resourceType(type).tags(tags(tags)).build();
  }

  static java.util.List<Tag> tags(Map<String, String> tags) {
    return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
  }

  /** The filters that find this plan's resource with planned id {@code key}. */
  java.util.List<Filter> owned(String key) {
    return java.util.List.of(Filter.builder().name("tag:" + io.vpcplan.generate.OwnershipTags.PLAN).values(plan).build(),
        Filter.builder().name("tag:" + io.vpcplan.generate.OwnershipTags.ID).values(key).build());
  }

  String arn(String service, String resource) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
  }

  @Override
  public void close() {
    ec2.close();
    ec2Once.close();
    ram.close();
  }
}
