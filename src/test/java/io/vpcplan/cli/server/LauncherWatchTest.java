package io.vpcplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LauncherWatchTest {
  @Test
  void aLauncherGoneMidRunStopsIt() throws Exception {
    try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), ss.getLocalPort());
        Socket ctl = ss.accept()) {
      CountDownLatch gone = new CountDownLatch(1);
      try (LauncherWatch w = new LauncherWatch(ctl, gone::countDown)) {
        client.close(); // Ctrl-C
        assertThat(gone.await(10, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  @Test
  void theNormalEndDoesNot() throws Exception {
    try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), ss.getLocalPort());
        Socket ctl = ss.accept()) {
      AtomicInteger calls = new AtomicInteger();
      LauncherWatch w = new LauncherWatch(ctl, calls::incrementAndGet);
      client.getOutputStream().write('x'); // a stray byte is not an end
      w.close(); // the run ended
      client.close(); // then the launcher reads the exit code and leaves
      w.join(10_000);
      assertThat(calls).hasValue(0);
    }
  }
}
