package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
  @TempDir Path dir;

  @Test
  void anIngestCheckpointsWhenItEndsAndRestoresTheThreshold() throws Exception {
    Path db = dir.resolve("c.db");
    try (Store store = Store.open(db)) {
      String threshold = threshold(store);
      store.ingest(
          ExampleCorpus.DOCUMENTS.stream(),
          ExampleCorpus.PIPELINE,
          StoreTest.CODER,
          Problems.counting(),
          new IngestSettings(List.of("corpus"), 3, p -> {}));
      assertThat(threshold(store)).isEqualTo(threshold);
      // The documents are in the database file; the log holds only the run's closing update.
      Path wal = Path.of(db + ".wal");
      assertThat(Files.exists(wal) ? Files.size(wal) : 0).isLessThan(16 * 1024);
      assertThat(Files.size(db)).isGreaterThan(256 * 1024);
    }
  }

  private static String threshold(Store store) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
      r.next();
      return r.getString(1);
    }
  }
}
