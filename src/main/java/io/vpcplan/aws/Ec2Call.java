package io.vpcplan.aws;

import java.util.List;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * One describe call of a snapshot: the file it fills, the top-level key the AWS CLI prints, the IAM
 * action it needs (for "denied" reports and the docs), the members its items are sorted by, and
 * how to fetch every page. A call with a {@code parentKey} runs once per parent (a TGW route table,
 * a customer-managed prefix list) and tags each item with that key ({@code
 * TransitGatewayRouteTableId}, {@code PrefixListId}): the API's own answer does not name it.
 */
public record Ec2Call(String file, String key, String action, List<String> sortKeys, String parentKey,
    Fetch fetch) {
  /** Runs once per TGW route table. */
  public boolean perRouteTable() {
    return Ec2Calls.RT_ID.equals(parentKey);
  }

  public boolean perParent() {
    return !parentKey.isEmpty();
  }


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
    /** {@code parentId} (a route table's, a prefix list's) is null for region-wide calls. */
    Fetched fetch(Ec2Client ec2, String parentId);
  }

  public Ec2Call {
    sortKeys = List.copyOf(sortKeys);
    parentKey = parentKey == null ? "" : parentKey;
  }
}
