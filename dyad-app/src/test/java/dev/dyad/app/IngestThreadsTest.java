package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest --threads}: any number stores the same, in the same order. */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IngestThreadsTest {
  @TempDir Path dir;

  @Test
  void oneThreadAndSeveralStoreTheSameEventsInTheSameOrder() {
    String one = events(dir.resolve("one.db"), "1");
    assertThat(one).isNotBlank();
    assertThat(events(dir.resolve("three.db"), "3")).isEqualTo(one);
  }

  @Test
  void fewerThanOneThreadIsAUsageError() {
    Cli cli =
        Cli.run(
            "ingest",
            "--db",
            dir.resolve("x.db").toString(),
            "--threads",
            "0",
            StoreCommandsTest.CORPUS);
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--threads");
  }

  private static String events(Path db, String threads) {
    Cli ingest =
        Cli.run(
            "ingest",
            "--db",
            db.toString(),
            "--threads",
            threads,
            "--batch",
            "3",
            StoreCommandsTest.CORPUS);
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    return Cli.run("events", "--db", db.toString(), "--format", "jsonl").out();
  }
}
