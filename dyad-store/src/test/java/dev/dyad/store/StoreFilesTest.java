package dev.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFilesTest {
  @TempDir Path dir;

  @Test
  void aPathSpelledOtherwiseStillClashes() throws Exception {
    Path db = Files.createDirectories(dir.resolve("data")).resolve("dyad.db");
    Files.writeString(db, "store");

    assertThat(StoreFiles.clash(db, dir.resolve("data/../data/./dyad.db"))).contains(db);
    assertThat(StoreFiles.clash(db, dir.resolve("data/dyad.db.wal")))
        .contains(dir.resolve("data/dyad.db.wal"));
    assertThat(StoreFiles.clash(db, dir.resolve("data/dyad.db.lucene/_0.cfs")))
        .contains(dir.resolve("data/dyad.db.lucene"));
  }

  @Test
  void aHardLinkToTheStoreClashes() throws Exception {
    Path db = dir.resolve("dyad.db");
    Files.writeString(db, "store");
    Path hard = Files.createLink(dir.resolve("export.csv"), db);

    assertThat(StoreFiles.clash(db, hard)).contains(db);
  }

  @Test
  void otherFilesBesideTheStoreDoNotClash() {
    Path db = dir.resolve("dyad.db");

    assertThat(StoreFiles.clash(db, dir.resolve("dyad.db.csv"))).isEmpty();
    assertThat(StoreFiles.clash(db, dir.resolve("events.csv"))).isEmpty();
    assertThat(StoreFiles.clash(db, dir.resolve("dyad.dbx"))).isEmpty();
  }
}
