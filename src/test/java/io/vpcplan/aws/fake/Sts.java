package io.vpcplan.aws.fake;

import java.util.Map;
import java.util.Set;

/** STS GetCallerIdentity and AssumeRole, as in FakeAws: role credentials name their account. */
final class Sts {
  private static final String NS = "https://sts.amazonaws.com/doc/2011-06-15/";

  record Reply(int status, String body) {}

  /** {@code denied} holds "account/AssumeRole" for accounts whose role cannot be assumed. */
  Reply handle(String account, String action, Map<String, String> params, Set<String> denied) {
    if (action.equals("GetCallerIdentity")) {
      return new Reply(200, "<GetCallerIdentityResponse xmlns=\"" + NS + "\"><GetCallerIdentityResult>"
          + "<Arn>arn:aws:iam::" + account + ":user/tester</Arn><UserId>AIDAFAKE</UserId>"
          + "<Account>" + account + "</Account></GetCallerIdentityResult>"
          + "<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
    }
    if (action.equals("AssumeRole")) {
      String arn = params.getOrDefault("RoleArn", "");
      String target = arn.replaceAll("^arn:[^:]+:iam::(\\d{12}):role/.*$", "$1");
      if (!target.matches("\\d{12}") || denied.contains(target + "/AssumeRole")) {
        return new Reply(403, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
            + "<Message>User: arn:aws:iam::" + account + ":user/tester is not authorized to perform:"
            + " sts:AssumeRole on resource: " + Xml.escape(arn) + "</Message></Error><RequestId>req-2</RequestId>"
            + "</ErrorResponse>");
      }
      return new Reply(200, "<AssumeRoleResponse xmlns=\"" + NS + "\"><AssumeRoleResult><Credentials>"
          + "<AccessKeyId>ASIAFAKE" + target + "</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>"
          + "<SessionToken>token-" + target + "</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration>"
          + "</Credentials><AssumedRoleUser><AssumedRoleId>AROAFAKE:" + Xml.escape(params.getOrDefault("RoleSessionName", ""))
          + "</AssumedRoleId><Arn>" + Xml.escape(arn) + "</Arn></AssumedRoleUser></AssumeRoleResult>"
          + "<ResponseMetadata><RequestId>req-3</RequestId></ResponseMetadata></AssumeRoleResponse>");
    }
    return new Reply(400, "<ErrorResponse><Error><Code>InvalidAction</Code><Message>" + Xml.escape(action)
        + "</Message></Error></ErrorResponse>");
  }
}
