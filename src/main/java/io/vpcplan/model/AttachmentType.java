package io.vpcplan.model;

public enum AttachmentType {
  VPC,
  PEERING,
  VPN,
  DIRECT_CONNECT,
  CONNECT,
  OTHER
}
