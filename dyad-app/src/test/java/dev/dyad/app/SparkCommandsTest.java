package dev.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad spark} and {@code dyad import-spark} from this jar, which holds no Spark: the
 * launcher says how to build the module when it is missing, and the import refuses what is not a
 * run's output. (dyad-spark's tests run the job and import its output.)
 */
class SparkCommandsTest {
  @TempDir Path tmp;

  @Test
  void sparkSaysHowToBuildTheModuleWhenItIsMissing() {
    String before = System.getProperty("dyad.home");
    System.setProperty("dyad.home", tmp.toString());
    try {
      Cli cli = Cli.run("spark", "--input", "x", "--output", "y");
      assertThat(cli.exit()).isEqualTo(74);
      assertThat(cli.err())
          .contains("the Spark module is not built")
          .contains("mvn -pl dyad-spark -am package -DskipTests");
    } finally {
      if (before == null) {
        System.clearProperty("dyad.home");
      } else {
        System.setProperty("dyad.home", before);
      }
    }
  }

  @Test
  void importRefusesAFolderThatIsNotASparkRun() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("not-a-run"));
    Cli cli = Cli.run("import-spark", dir.toString(), "--db", tmp.resolve("s.db").toString());
    assertThat(cli.exit()).isEqualTo(3);
    assertThat(cli.err()).contains("is not the output of dyad spark");
  }

  @Test
  void importOfAMissingFolderIsAnInputError() {
    Cli cli =
        Cli.run(
            "import-spark",
            tmp.resolve("absent").toString(),
            "--db",
            tmp.resolve("s.db").toString());
    assertThat(cli.exit()).isEqualTo(74);
    assertThat(cli.err()).contains("no such folder");
  }
}
