package io.vpcplan.model;

import java.util.List;

/**
 * An attachment to a transit gateway. For VPC attachments {@code resourceId} is the VPC id and
 * {@code subnetIds} the attachment subnets; for TGW peering it is the peer TGW id.
 */
public record TgwAttachment(String id, String tgwId, AttachmentType type, String resourceId, String account,
    List<String> subnetIds, boolean applianceMode, Location location) {
  public TgwAttachment(String id, String tgwId, AttachmentType type, String resourceId, String account,
      List<String> subnetIds, boolean applianceMode) {
    this(id, tgwId, type, resourceId, account, subnetIds, applianceMode, Location.NONE);
  }

  public TgwAttachment {
    if (location == null) location = Location.NONE;
    id = Checks.nonBlank(id, "attachment id");
    tgwId = Checks.nonBlank(tgwId, "attachment TGW id");
    if (type == null) type = AttachmentType.OTHER;
    resourceId = Checks.orEmpty(resourceId);
    account = Checks.orEmpty(account);
    subnetIds = Checks.list(subnetIds);
  }
}
