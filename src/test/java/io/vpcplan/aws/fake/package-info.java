/**
 * FakeCloud: a stateful stand-in for EC2, RAM and STS on one local HTTP endpoint, for tests that
 * drive the real AWS SDK v2 clients (e.g. {@code vpcplan apply}).
 *
 * <pre>
 * try (FakeCloud cloud = new FakeCloud().pendingDescribes(0);
 *      FakeClients clients = new FakeClients(cloud, 1)) {     // 1 = no SDK retries
 *   Ec2Client ec2 = clients.ec2("222222222222", "us-east-1"); // signed as that account
 *   cloud.fail(FaultRule.at(3, FaultRule.Kind.RESET_AFTER));  // the 3rd write: done, then no answer
 *   ...
 *   assertThat(cloud.duplicates()).isEmpty();
 * }
 * </pre>
 *
 * Production code reaches it through {@code --endpoint-url} (EC2, RAM and STS all on
 * {@link io.vpcplan.aws.fake.FakeCloud#endpoint()}) with access key {@code AKIDFAKEBASE} for account
 * 111111111111; an assumed role in account X signs with {@code ASIAFAKE<X>}.
 */
package io.vpcplan.aws.fake;
