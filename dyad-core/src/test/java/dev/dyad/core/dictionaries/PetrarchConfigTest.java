package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchConfigTest {
  @TempDir Path dir;

  @Test
  void resolvesTheNamedFilesAgainstTheConfigFolder() throws IOException {
    Path ini =
        write(
            "set.ini",
            "# a set\n[Options]\nverbfile_name = elsewhere.txt\n\n[Dictionaries]\n"
                + "verbfile_name    = verbs.txt\n"
                + "actorfile_list   = states.txt, people.txt,\n"
                + "    groups.txt\n"
                + "AgentFile_Name: agents.txt\n"
                + "; a comment\n"
                + "issuefile_name = issues.txt\n");
    PetrarchConfig cfg = PetrarchConfig.read(ini);
    assertThat(cfg.verbs()).isEqualTo(dir.resolve("verbs.txt"));
    assertThat(cfg.actors())
        .containsExactly(
            dir.resolve("states.txt"), dir.resolve("people.txt"), dir.resolve("groups.txt"));
    assertThat(cfg.agents()).contains(dir.resolve("agents.txt"));
    assertThat(cfg.discards()).isEqualTo(Optional.empty());
    assertThat(cfg.issues()).contains(dir.resolve("issues.txt"));
    assertThat(cfg.files()).doesNotContain(dir.resolve("issues.txt"));
  }

  @Test
  void namesTheFileAndWhatIsMissing() throws IOException {
    Path none = write("none.ini", "[Options]\nx = 1\n");
    assertThatThrownBy(() -> PetrarchConfig.read(none))
        .isInstanceOf(DictionaryLoadException.class)
        .hasMessageContaining("none.ini")
        .hasMessageContaining("no [Dictionaries] section");
    Path noVerbs = write("noverbs.ini", "[Dictionaries]\nactorfile_list = a.txt\n");
    assertThatThrownBy(() -> PetrarchConfig.read(noVerbs)).hasMessageContaining("verbfile_name");
    Path noActors = write("noactors.ini", "[Dictionaries]\nverbfile_name = v.txt\n");
    assertThatThrownBy(() -> PetrarchConfig.read(noActors)).hasMessageContaining("actorfile_list");
    assertThatThrownBy(() -> PetrarchConfig.read(dir.resolve("absent.ini")))
        .isInstanceOf(DictionaryLoadException.class)
        .hasMessageContaining("absent.ini");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
