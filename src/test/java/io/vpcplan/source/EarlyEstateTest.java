package io.vpcplan.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An estate read ahead is the estate, or the error, a load on the spot gives; anything else is left alone. */
class EarlyEstateTest {
  private static final List<Path> CONFLICTS = List.of(Path.of("samples/aws_configs-conflicts"));

  @AfterEach
  void forget() {
    EarlyEstate.take(SourceRequest.of(List.of()));
  }

  @Test
  void readAheadEstateIsTheEstateReadOnTheSpot() {
    Loaded fresh = SourcePipeline.load(SourceRequest.of(CONFLICTS));
    SourcePipeline.preload(CONFLICTS);
    Loaded early = SourcePipeline.load(SourceRequest.of(CONFLICTS));
    assertThat(early).isNotSameAs(fresh).isEqualTo(fresh);
    assertThat(early.network().vpcs()).isNotEmpty();
  }

  @Test
  void takenOnceAndOnlyByTheSamePlainRequest() throws Exception {
    SourcePipeline.preload(CONFLICTS);
    EarlyEstate.early.get(30, TimeUnit.SECONDS); // finishes on its own, before anyone asks for it
    assertThat(EarlyEstate.take(SourceRequest.of(List.of(Path.of("samples/aws_configs-clean"))))).isNull();
    assertThat(EarlyEstate.take(SourceRequest.of(CONFLICTS).estatesOnly())).isNull();
    assertThat(EarlyEstate.take(new SourceRequest(CONFLICTS, null, "eu-west-1", Map.of(), null, true, null))).isNull();
    assertThat(EarlyEstate.take(SourceRequest.of(CONFLICTS))).isNotNull();
    assertThat(EarlyEstate.take(SourceRequest.of(CONFLICTS))).isNull(); // gone: a second load reads again
  }

  @Test
  void designsAndMissingPathsAreLeftToTheLoad() {
    List<Path> design = List.of(Path.of("designs/startup.yaml"));
    SourcePipeline.preload(design);
    assertThat(EarlyEstate.take(SourceRequest.of(design))).isNull();
    List<Path> missing = List.of(Path.of("samples/aws_configs-clean"), Path.of("no/such/folder"));
    String fresh = catchThrowable(() -> SourcePipeline.load(SourceRequest.of(missing))).getMessage();
    SourcePipeline.preload(missing);
    assertThat(EarlyEstate.take(SourceRequest.of(missing))).isNull();
    assertThat(catchThrowable(() -> SourcePipeline.load(SourceRequest.of(missing))).getMessage())
        .isEqualTo(fresh).contains("no such file or folder");
  }

  @Test
  void aBrokenEstateGivesTheSameError(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("aws_configs/111111111111/eu-west-1"));
    Files.writeString(region.resolve("vpcs.json"), "{\"Vpcs\": [{\"VpcId\": \"vpc-1\",\n");
    List<Path> bad = List.of(dir);
    Throwable spot = catchThrowable(() -> SourcePipeline.load(SourceRequest.of(bad)));
    SourcePipeline.preload(bad);
    Throwable early = catchThrowable(() -> SourcePipeline.load(SourceRequest.of(bad)));
    assertThat(spot).hasMessageContaining("vpcs.json:");
    assertThat(early).hasSameClassAs(spot).hasMessage(spot.getMessage());
  }
}
