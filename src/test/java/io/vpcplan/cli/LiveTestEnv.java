package io.vpcplan.cli;

import io.vpcplan.aws.FakeAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The environment of a live-AWS CLI test: static keys through the real credential chain (system
 * properties), no profile files, no instance metadata, and the fake EC2/STS endpoint. Restores
 * the properties on close.
 */
final class LiveTestEnv implements AutoCloseable {
  private static final String[] PROPS = {"aws.accessKeyId", "aws.secretAccessKey", "aws.sessionToken",
      "aws.configFile", "aws.sharedCredentialsFile", "aws.region", "aws.profile", "aws.disableEc2Metadata"};
  private final Map<String, String> saved = new HashMap<>();
  final FakeAws fake;

  LiveTestEnv(Path tmp) throws IOException {
    for (String p : PROPS) saved.put(p, System.getProperty(p));
    Path none = Files.writeString(tmp.resolve("empty-config"), "");
    System.setProperty("aws.configFile", none.toString());
    System.setProperty("aws.sharedCredentialsFile", none.toString());
    System.setProperty("aws.accessKeyId", FakeAws.BASE_KEY);
    System.setProperty("aws.secretAccessKey", "secret");
    System.clearProperty("aws.sessionToken");
    System.clearProperty("aws.region");
    System.clearProperty("aws.profile");
    System.setProperty("aws.disableEc2Metadata", "true");
    fake = new FakeAws("estate");
  }

  @Override
  public void close() {
    fake.close();
    saved.forEach((k, v) -> {
      if (v == null) System.clearProperty(k);
      else System.setProperty(k, v);
    });
  }
}
