package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BenchStoreCommandTest {
  @TempDir Path dir;

  @Test
  void timesAnIngestAnIncrementTheSameIngestAgainAndTheQueries() {
    Path db = dir.resolve("bench.db");
    Cli cli =
        Cli.run(
            "bench",
            "store",
            "--db",
            db.toString(),
            "--threads",
            "2",
            "--runs",
            "2",
            "--warmup",
            "0",
            "--brief-runs",
            "1",
            "--increment",
            "5",
            StoreCommandsTest.CORPUS);

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("ingest 12 read, 12 new")
        .contains("add    5 read, 5 new")
        .contains("again  17 read, 0 new")
        .contains("of which claims")
        .containsPattern("search missiles +median .* p95 .*\\(2 runs\\)")
        .containsPattern("events PRK-RUS +median")
        .containsPattern("claims PRK-RUS +median")
        .containsPattern("timeline PRK-RUS by week +median")
        .containsPattern("timeline PRK-RUS by month +median")
        .containsPattern(
            "network \\(confirmed and reported\\) +median .* [0-9]+ nodes, [0-9]+ edges")
        .containsPattern("actors \\(top 20\\) +median")
        .containsPattern("dyads \\(top 20\\) +median")
        .containsPattern("brief PRK-RUS +median .*\\(1 runs\\)");
    assertThat(db).exists();
  }

  @Test
  void refusesAStoreThatExists() throws Exception {
    Path db = Files.createFile(dir.resolve("old.db"));
    Cli cli = Cli.run("bench", "store", "--db", db.toString(), StoreCommandsTest.CORPUS);
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("fresh store");
  }
}
