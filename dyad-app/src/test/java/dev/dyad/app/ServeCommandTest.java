package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.store.IngestedStore;
import dev.dyad.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dyad serve} refuses before it serves. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aDictionarySetThatCannotBeReadStopsAServerWithWritesAndFreesTheStore() throws IOException {
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    Path token = Files.writeString(dir.resolve("token"), "a-token-long-enough-to-count\n");

    Cli cli =
        Cli.run(
            "serve",
            "--db",
            db.toString(),
            "--port",
            "0",
            "--token-file",
            token.toString(),
            "--dictionaries",
            "petrarch:" + dir.resolve("absent.ini"));

    assertThat(cli.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).contains("--dictionaries").contains("absent.ini");
    try (Store s = Store.open(db)) {
      assertThat(s.counts().documents()).isEqualTo(17);
    }
  }

  @Test
  void aMalformedSpecIsAUsageError() throws IOException {
    Path db = IngestedStore.examples(dir.resolve("r.db"));
    Cli cli = Cli.run("serve", "--db", db.toString(), "--dictionaries", "tabari:x");
    assertThat(cli.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).contains("unknown dictionary set 'tabari:x'");
  }
}
