package io.vpcplan.aws;

import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * One describe call of a snapshot: the file it fills, the top-level key the AWS CLI prints, the IAM
 * action it needs (for "denied" reports and the docs), the members its items are sorted by, and
 * how to fetch every page. Calls {@link #perRouteTable} run once per TGW route table and tag each
 * item with {@code TransitGatewayRouteTableId}.
 */
public record Ec2Call(String file, String key, String action, List<String> sortKeys, boolean perRouteTable,
    Fetch fetch) {

  /** The items of one call, all pages; {@code truncated} when the API said there are more it won't page. */
  public record Fetched(List<? extends SdkPojo> items, boolean truncated) {
    public Fetched {
      items = List.copyOf(items);
    }

    static Fetched all(List<? extends SdkPojo> items) {
      return new Fetched(items, false);
    }
  }

  @FunctionalInterface
  public interface Fetch {
    /** {@code routeTableId} is null for region-wide calls. */
    Fetched fetch(Ec2Client ec2, String routeTableId);
  }

  public Ec2Call {
    sortKeys = List.copyOf(sortKeys);
  }
}
