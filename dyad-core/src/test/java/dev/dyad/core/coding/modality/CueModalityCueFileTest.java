package dev.dyad.core.coding.modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueModalityCueFileTest {
  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("cues.txt");
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void userCuesAreUsed() throws IOException {
    CueModalityDetector detector =
        new CueModalityDetector(
            write(
                "# user cues",
                "",
                "alleged | purportedly|so it is rumoured | clause",
                "planned | mull~ | complement"));
    var tokens = Tokenizer.tokenize("Tonga is mulling buying boats from Fiji.");
    assertThat(detector.detect(tokens, new EventSpan(3, 0, tokens.size() - 1)))
        .isEqualTo(ModalityReading.of(Modality.PLANNED, "mulling"));
    assertThat(detector.size()).isGreaterThan(4);
  }

  @Test
  void optionalWordsAndAlternativesExpand() throws IOException {
    CueModalityDetector detector =
        new CueModalityDetector(write("negated | no evidence (that/of)? | complement"));
    assertThat(detector.size()).isEqualTo(3);
  }

  @Test
  void malformedLineNamesFileAndLine() throws IOException {
    Path file = write("# header", "reported | according to | frame", "reported according to");
    assertThatThrownBy(() -> new CueModalityDetector(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString() + ":3");
  }

  @Test
  void unknownModalityOrScopeIsRejected() throws IOException {
    Path modality = write("rumour | rumoured | modifier");
    assertThatThrownBy(() -> new CueModalityDetector(modality))
        .hasMessageContaining(":1")
        .hasMessageContaining("modality");
    Path scope = write("alleged | rumoured | nearby");
    assertThatThrownBy(() -> new CueModalityDetector(scope))
        .hasMessageContaining(":1")
        .hasMessageContaining("scope");
  }

  @Test
  void emptyCueIsRejected() throws IOException {
    Path file = write("alleged | rumoured|| modifier");
    assertThatThrownBy(() -> new CueModalityDetector(file)).hasMessageContaining(":1");
  }

  @Test
  void builtInCuesLoadOnce() {
    assertThat(CueModalityDetector.builtIn()).isSameAs(CueModalityDetector.builtIn());
    assertThat(CueModalityDetector.builtIn().size()).isGreaterThan(300);
  }
}
