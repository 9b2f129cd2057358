package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OrderedWorkersTest {

  @Test
  void resultsArriveInInputOrderOnTheCallingThreadWhateverTheWorkersTake() throws Exception {
    List<Integer> out = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<String> workerThreads = java.util.Collections.synchronizedList(new ArrayList<>());
    OrderedWorkers.run(
        IntStream.range(0, 500).iterator(),
        4,
        16,
        i -> {
          workerThreads.add(Thread.currentThread().getName());
          sleepMicros(ThreadLocalRandom.current().nextInt(300));
          return i * 2;
        },
        r -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          out.add(r);
        });
    assertThat(out)
        .containsExactlyElementsOf(IntStream.range(0, 500).map(i -> i * 2).boxed().toList());
    assertThat(workerThreads).allSatisfy(name -> assertThat(name).startsWith("dyad-ingest-"));
  }

  @Test
  void oneThreadWorksOnTheCallingThread() throws Exception {
    Thread caller = Thread.currentThread();
    List<Integer> out = new ArrayList<>();
    OrderedWorkers.run(
        List.of(1, 2, 3).iterator(),
        1,
        1,
        i -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          return i;
        },
        out::add);
    assertThat(out).containsExactly(1, 2, 3);
  }

  @Test
  void readsAtMostInFlightItemsAheadOfTheConsumer() throws Exception {
    AtomicInteger read = new AtomicInteger();
    Iterator<Integer> source = IntStream.range(0, 300).peek(i -> read.incrementAndGet()).iterator();
    int[] consumed = {0};
    int[] furthestAhead = {0};
    OrderedWorkers.run(
        source,
        3,
        8,
        i -> i,
        r -> {
          furthestAhead[0] = Math.max(furthestAhead[0], read.get() - consumed[0]);
          consumed[0]++;
        });
    assertThat(consumed[0]).isEqualTo(300);
    assertThat(furthestAhead[0]).isLessThanOrEqualTo(8);
  }

  @Test
  void aFailingSourceStillHandsOnEverythingReadBeforeIt() {
    Iterator<Integer> failing =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Integer next() {
            if (n == 20) {
              throw new IllegalStateException("input broke");
            }
            return n++;
          }
        };
    List<Integer> out = new ArrayList<>();
    assertThatThrownBy(() -> OrderedWorkers.run(failing, 2, 50, i -> i, out::add))
        .hasMessage("input broke");
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
  }

  @Test
  void aFailingItemIsRethrownInItsTurnAfterTheItemsBeforeIt() {
    List<Integer> out = new ArrayList<>();
    assertThatThrownBy(
            () ->
                OrderedWorkers.run(
                    IntStream.range(0, 100).iterator(),
                    2,
                    10,
                    i -> {
                      if (i == 42) {
                        throw new IllegalArgumentException("bad item");
                      }
                      return i;
                    },
                    out::add))
        .hasMessage("bad item");
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, 42).boxed().toList());
  }

  private static void sleepMicros(int micros) {
    try {
      Thread.sleep(0, micros * 1000 % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
