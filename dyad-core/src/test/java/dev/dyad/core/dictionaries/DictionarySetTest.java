package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.EventCoder;
import dev.dyad.core.coding.EventDater;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole PETRARCH-style set, invented, read through its config and coded with Dyad's coder. */
class DictionarySetTest {
  @TempDir Path dir;
  private Path ini;

  @BeforeEach
  void writeSet() throws IOException {
    write(
        "verbs.txt",
        "&FUNDS\n+GRANT\n+SUBSIDY\n\n"
            + "--- BESTOW  [070] ---\nBESTOW\nLAVISH {LAVISHES LAVISHED LAVISHING}\n"
            + "- * &FUNDS [071]\n- * MEDALS [---]\n- * TROPHY [042:043]\n- * &NOWHERE [071]\n"
            + "\n--- MUSE  [---] ---\nMUSE\n- % * TOGETHER [036]\n"
            + "\n~ a (b . BESTOW) MUSE = a b 120\n");
    write(
        "states.txt",
        "RURITANIA [RUR]\n+RURITANIAN\n\nGRAUSTARK [GRK]\n\nFRANCE [RUR]\n\n"
            + "KING_RUDOLF\n\t[RURGOV 19900101-20991231]\n\t[RURGOV >2001011]\n");
    write("agents.txt", "HARBOUR_GUARD [~MIL]\nALMS_SOCIETY [NGO~]\n");
    write("discards.txt", "CROQUET\n+SNOOKER\n");
    ini =
        write(
            "set.ini",
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n"
                + "agentfile_name = agents.txt\ndiscardfile_name = discards.txt\n"
                + "issuefile_name = issues.txt\n");
  }

  @Test
  void summarisesWhatWasReadMergedAndSkipped() {
    DictionarySet set = load("petrarch:" + ini);
    LoadSummary s = set.summary();
    assertThat(s.files())
        .extracting(FileSummary::file, FileSummary::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("verbs.txt", "verbs"),
            org.assertj.core.groups.Tuple.tuple("states.txt", "actors"),
            org.assertj.core.groups.Tuple.tuple("agents.txt", "agents"),
            org.assertj.core.groups.Tuple.tuple("discards.txt", "discards"),
            org.assertj.core.groups.Tuple.tuple("issues.txt", "issues"));
    assertThat(s.skippedByReason())
        .containsKeys(
            "undefined synset &NOWHERE",
            "bad date '2001011'",
            "agent code to put before the actor's (NGO~): Dyad adds sectors after");
    assertThat(s.read()).isGreaterThan(s.merged());
    assertThat(s.spec()).isEqualTo("petrarch:" + ini);
    assertThat(s.hash()).hasSize(16);
  }

  @Test
  void codesWithThePatternsOfTheSet() {
    DictionarySet set = load("petrarch:" + ini);
    assertThat(code(set, "Ruritania bestowed a subsidy on Graustark."))
        .containsExactly("RUR>GRK 071 AID");
    assertThat(code(set, "Ruritania lavished Graustark with praise."))
        .containsExactly("RUR>GRK 070 AID");
    assertThat(code(set, "Ruritania bestowed a trophy on Graustark."))
        .containsExactlyInAnyOrder("RUR>GRK 042 CONSULT", "GRK>RUR 043 CONSULT");
    assertThat(code(set, "Ruritania bestowed medals on Graustark.")).isEmpty();
    assertThat(code(set, "Ruritania and Graustark mused together."))
        .containsExactlyInAnyOrder("RUR>GRK 036 AGREE", "GRK>RUR 036 AGREE");
    assertThat(code(set, "Ruritania mused that Graustark bestowed nothing."))
        .containsExactly("RUR>GRK 120 REJECT");
    assertThat(code(set, "Ruritanian harbour guards bestowed a grant on Graustark."))
        .containsExactly("RURMIL>GRK 071 AID");
    assertThat(code(set, "King Rudolf bestowed a grant on Graustark."))
        .containsExactly("RURGOV>GRK 071 AID");
  }

  @Test
  void discardsSentencesAndStories() {
    DictionarySet set = load("petrarch:" + ini);
    assertThat(code(set, "Ruritania bestowed a subsidy on Graustark after croquet.")).isEmpty();
    assertThat(code(set, "Snooker aside, Ruritania bestowed a subsidy on Graustark.")).isEmpty();
  }

  @Test
  void letsTheLaterSetWinForTheSamePhrase() {
    DictionarySet merged = load("builtin+petrarch:" + ini);
    assertThat(code(merged, "France bestowed a subsidy on Graustark."))
        .containsExactly("RUR>GRK 071 AID");
    assertThat(code(merged, "Russia bestowed a subsidy on Graustark."))
        .containsExactly("RUS>GRK 071 AID");
    DictionarySet other = load("petrarch:" + ini + "+builtin");
    assertThat(code(other, "France bestowed a subsidy on Graustark."))
        .containsExactly("FRA>GRK 071 AID");
    assertThat(merged.summary().files().get(0).file()).isEqualTo("builtin");
  }

  @Test
  void hashesTheContentOfEveryFile() throws IOException {
    String before = load("petrarch:" + ini).hash();
    assertThat(load("petrarch:" + ini).hash()).isEqualTo(before);
    write("discards.txt", "CROQUET\n+SNOOKER\nDARTS\n");
    assertThat(load("petrarch:" + ini).hash()).isNotEqualTo(before);
    assertThat(DictionarySet.builtIn().hash()).isNotEqualTo(before);
  }

  @Test
  void aFileThatCannotBeReadFailsTheLoadNamingIt() throws IOException {
    Files.delete(dir.resolve("agents.txt"));
    assertThatThrownBy(() -> load("petrarch:" + ini))
        .isInstanceOf(DictionaryLoadException.class)
        .hasMessageContaining("agents.txt");
  }

  private DictionarySet load(String spec) {
    return DictionarySet.load(DictionarySpec.parse(spec));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** "SRC>TGT CODE TYPE" for each event of a one-sentence document dated 2010-05-03. */
  static List<String> code(DictionarySet set, String sentence) {
    EventCoder coder =
        new EventCoder(
            new ActorMatcher(set.actors()),
            (tokens, span) -> ModalityReading.ASSERTED,
            EventDater.PUBLISHED,
            set.patterns(),
            set.discards());
    LocalDate date = LocalDate.of(2010, 5, 3);
    Document doc =
        new Document(
            "d",
            "test:d",
            "test",
            Optional.empty(),
            PublicationDate.known(date, PublicationDate.Basis.METADATA, date.toString()),
            sentence,
            List.of(new Sentence(0, sentence, 0, sentence.length(), 0, Block.Kind.PARAGRAPH)),
            List.of(),
            Map.of());
    List<String> out = new ArrayList<>();
    coder
        .code(doc)
        .forEach(
            e ->
                out.add(
                    e.source().code()
                        + ">"
                        + e.target().map(t -> t.code()).orElse("")
                        + " "
                        + e.cameo()
                        + " "
                        + e.eventType()));
    return out;
  }
}
