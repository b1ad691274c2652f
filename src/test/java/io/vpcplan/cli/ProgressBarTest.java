package io.vpcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  @Test
  void redrawsOneLineInPlaceAndClearsItAtTheEnd() {
    StringWriter sw = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(sw));
    bar.phase("account-regions", 4);
    bar.step(true);
    bar.step(false);
    String mid = sw.toString();
    assertThat(mid).doesNotContain("\n");
    assertThat(mid.substring(mid.lastIndexOf('\r') + 1))
        .isEqualTo("[###############...............] 2/4 account-regions (1 not ok)");
    bar.done();
    String end = sw.toString();
    assertThat(end.substring(end.lastIndexOf('\r', end.length() - 2) + 1).strip()).isEmpty();
  }

  @Test
  void nothingIsDrawnWithoutATerminal() {
    // Tests never run on a console, so the bar is the silent listener.
    assertThat(System.console()).isNull();
    assertThat(ProgressBar.forTerminal(new PrintWriter(new StringWriter())))
        .isSameAs(io.vpcplan.aws.ProgressListener.NONE);
  }
}
