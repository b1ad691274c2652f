package io.vpcplan.aws;

import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.directconnect.DirectConnectClient;

/**
 * One Direct Connect describe call of a snapshot, like {@link Ec2Call}: the file, the top-level key
 * the AWS CLI prints (lower camel case for Direct Connect), the IAM action, the sort members.
 * {@code global} calls (DX gateways are global) run once per account, in its first region;
 * {@code perGateway} calls run once per DX gateway.
 */
record DxCall(String file, String key, String action, List<String> sortKeys, boolean global, boolean perGateway,
    Fetch fetch) {
  @FunctionalInterface
  interface Fetch {
    /** {@code gatewayId} is null unless {@code perGateway}. */
    List<? extends SdkPojo> fetch(DirectConnectClient dx, String gatewayId);
  }

  DxCall {
    sortKeys = List.copyOf(sortKeys);
  }
}
