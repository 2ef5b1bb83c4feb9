package coop.seedbed.testing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(OS.LINUX)
class ProcessCpuTest {

  private static final Pattern SECONDS = Pattern.compile(": ([0-9.]+) processor-seconds");

  @Test
  void countsTheProcessorTimeOfAThreadBusyBetweenStartAndStop() throws Exception {
    ProcessCpu cpu = new ProcessCpu(ProcessHandle.current().pid());
    cpu.start();
    CountDownLatch spun = new CountDownLatch(1);
    CountDownLatch counted = new CountDownLatch(1);
    // A thread's time is read while it runs (an ended thread leaves /proc), as a server's are.
    Thread busy =
        new Thread(
            () -> {
              spinHalfASecond();
              spun.countDown();
              await(counted);
            },
            "pool-9-thread-1");
    busy.start();
    spun.await();
    cpu.stop();
    counted.countDown();
    busy.join();

    String line = cpu.describe("this JVM", 10);
    Matcher seconds = SECONDS.matcher(line);
    assertThat(seconds.find()).as(line).isTrue();
    // The busy thread alone used half a second; ticks are a hundredth of a second.
    assertThat(Double.parseDouble(seconds.group(1))).as(line).isGreaterThanOrEqualTo(0.45);
    assertThat(line).contains("10 requests").contains("request threads");
  }

  @Test
  void sortsThreadsByTheNamesLinuxKeeps() {
    assertThat(ProcessCpu.kind("GC Thread#1")).isEqualTo("garbage collection");
    assertThat(ProcessCpu.kind("G1 Conc#0")).isEqualTo("garbage collection");
    assertThat(ProcessCpu.kind("C2 CompilerThre")).isEqualTo("JIT compilers");
    assertThat(ProcessCpu.kind("http-thread-poo")).isEqualTo("request threads");
    assertThat(ProcessCpu.kind("Signal Dispatch")).isEqualTo("other");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void spinHalfASecond() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long sum = 0;
    while (threads.getCurrentThreadCpuTime() - start < 500_000_000L) {
      sum += System.nanoTime() % 7;
    }
    assertThat(sum).isNotNegative();
  }
}
