package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How Dyad's coder reads the sentences a PETRARCH-style verb dictionary is written for: WEIS codes,
 * comma-delimited clauses, coordinations with modifiers, acronyms, titles after a possessive, and
 * the words a subject's own phrase begins with. The set is invented.
 */
class VerbDictionaryCodingTest {
  @TempDir Path dir;
  private DictionarySet set;

  @BeforeEach
  void writeSet() throws IOException {
    write(
        "verbs.txt",
        "--- BURN  [---] ---\nBURN\n- * DOWN [222]\n\n"
            + "--- SEIZE  [211] ---\nSEIZE\n\n"
            + "--- CLASH  [223] ---\nCLASH\n- * OVER BORDERS [904]\n\n"
            + "--- ABANDON  [345] ---\nABANDON\n- * TALKS [901]\n\n"
            + "--- URGE  [102] ---\nURGE\n\n"
            + "--- WELCOME  [041] ---\nWELCOME\n\n"
            + "--- AGREE  [081] ---\nAGREE\n- % * [030:030]\n\n"
            + "--- SHUN  [191] ---\nSHUN\n- NEITHER * [081]\n");
    write(
        "states.txt",
        "RURITANIA [RUR]\n\nGRAUSTARK [GRK]\n\nBORDURIA [BOR]\n\n"
            + "FREEDONIAN_LEAGUE [IGOFRL]\n");
    write("agents.txt", "MINISTER [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\nPRIME_MINISTER [~GOV]\n");
    Path ini =
        write(
            "set.ini",
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n"
                + "agentfile_name = agents.txt\n");
    set = DictionarySet.load(DictionarySpec.parse("petrarch:" + ini));
  }

  @Test
  void readsWeisCodesBeyondCameoAndSkipsTestCodesWithNoType() {
    assertThat(code("Ruritania burned down the Graustark embassy."))
        .containsExactly("RUR>GRK 222 ASSAULT");
    assertThat(code("Ruritania seized Graustark.")).containsExactly("RUR>GRK 211 COERCE");
    // 904 is no code of either; its block's code (223, WEIS military engagement) types it.
    assertThat(code("Ruritania clashed over borders with Graustark."))
        .containsExactly("RUR>GRK 904 ASSAULT");
    assertThat(code("Ruritania abandoned talks with Graustark.")).isEmpty();
    assertThat(set.summary().skippedByReason())
        .containsKey("code 901 is not CAMEO or WEIS, nor is its block's code 345");
  }

  @Test
  void neverTakesTheSubjectOfAReportingVerbAsTheTarget() {
    assertThat(code("Ruritania burned down its embassy, a senior Graustark official said."))
        .isEmpty();
    assertThat(code("Ruritania burned down its embassy, Graustark said.")).isEmpty();
    assertThat(code("Ruritania burned down the embassy of Graustark, officials said."))
        .containsExactly("RUR>GRK 222 ASSAULT");
  }

  @Test
  void findsTheSubjectBeforeACommaDelimitedClauseThatNamesNobody() {
    assertThat(
            code("Ruritania's foreign minister, in remarks published on Monday, urged Graustark."))
        .containsExactly("RURGOVFRM>GRK 102 REQUEST");
    assertThat(code("Ruritania's minister, in talks with Borduria, urged Graustark.")).isEmpty();
    assertThat(code("Ruritania, in remarks published on Monday, many said, urged Graustark."))
        .isEmpty();
  }

  @Test
  void readsACoordinationWhoseMembersHaveModifiers() {
    assertThat(code("Ruritania and the brave old Graustark welcomed Borduria."))
        .containsExactlyInAnyOrder("RUR>BOR 041 CONSULT", "GRK>BOR 041 CONSULT");
    assertThat(code("Ruritania and then Graustark welcomed Borduria."))
        .containsExactly("GRK>BOR 041 CONSULT");
  }

  @Test
  void takesAnAcronymInParenthesesIntoItsMention() {
    assertThat(code("Ruritania and the Freedonian League (FL) agree that the dispute must end."))
        .containsExactlyInAnyOrder("RUR>IGOFRL 030 AGREE", "IGOFRL>RUR 030 AGREE");
  }

  @Test
  void readsATitleAfterAPossessiveAndModifiers() {
    assertThat(code("Ruritania's first Deputy Prime Minister Rassendyll welcomed Graustark."))
        .containsExactly("RURGOV>GRK 041 CONSULT");
  }

  @Test
  void matchesAWordBeforeTheVerbThatOpensTheSubjectsPhrase() {
    assertThat(code("Neither Ruritania nor Borduria shunned the parade honouring Graustark."))
        .containsExactlyInAnyOrder("RUR>GRK 081 CONCEDE", "BOR>GRK 081 CONCEDE");
    assertThat(code("Ruritania and Borduria shunned the parade honouring Graustark."))
        .containsExactlyInAnyOrder("RUR>GRK 191 ASSAULT", "BOR>GRK 191 ASSAULT");
  }

  @Test
  void aRoleNounAfterAPrepositionIsNotTheStatesBeforeIt() {
    assertThat(code("Ruritania welcomed Borduria with the leaders."))
        .containsExactly("RUR>BOR 041 CONSULT");
  }

  private java.util.List<String> code(String sentence) {
    return DictionarySetTest.code(set, sentence);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
