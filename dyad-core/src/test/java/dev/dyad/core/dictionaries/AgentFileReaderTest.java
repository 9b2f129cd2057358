package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The agent file format, on invented entries. */
class AgentFileReaderTest {
  static final String FILE =
      String.join(
          "\n",
          "!FOLK! = MAN, MEN, WOMAN , WOMEN",
          "!OFFICE! = BUREAU, BUREAUS",
          "HARBOUR_GUARD [~MIL] # a note",
          "CITY_POLICE {} [ ~COP]",
          "TAX_CHIEF {TAX_CHIEFS_} [~GOV]",
          "ALMS_SOCIETY  [NGO~]",
          "LIFEBOAT!FOLK! [~CVL]",
          "!OFFICE!_OF_WEATHER [~GOV]",
          "NO_CODE_HERE",
          "BROKEN {PLURAL [~GOV]",
          "UNKNOWN!MARK! [~GOV]",
          "MINISTERIO DE OBRAS P\u00c3\u0160BLICAS [~GOV]",
          "FERRY [GOV]",
          "PIER_GUARD {-} [~MIL]");

  private final FileLog log = new FileLog("test.agents.txt", "agents");
  private final List<PetrarchAgent> agents = AgentFileReader.read(DictionaryFile.lines(FILE), log);

  @Test
  void makesRegularPluralsUnlessTheFileGivesOne() {
    assertThat(agents.get(0).phrases()).containsExactly("HARBOUR GUARD", "HARBOUR GUARDS");
    assertThat(agents.get(0).code()).isEqualTo("MIL");
    assertThat(agents.get(1).phrases()).containsExactly("CITY POLICE");
    assertThat(agents.get(2).phrases()).containsExactly("TAX CHIEF", "TAX CHIEFS");
  }

  @Test
  void readsWhereTheCodeGoes() {
    assertThat(agents.get(0).prepend()).isFalse();
    assertThat(agents.get(3).prepend()).isTrue();
    assertThat(agents.get(3).code()).isEqualTo("NGO");
  }

  @Test
  void spellsOutSubstitutionSets() {
    assertThat(agents.get(4).phrases())
        .containsExactly("LIFEBOATMAN", "LIFEBOATMEN", "LIFEBOATWOMAN", "LIFEBOATWOMEN");
    assertThat(agents.get(5).phrases()).containsExactly("BUREAU OF WEATHER", "BUREAUS OF WEATHER");
  }

  @Test
  void skipsBadLinesWithTheirLineNumber() {
    assertThat(agents).hasSize(6);
    assertThat(log.summary().skipped())
        .extracting(SkippedLine::line, SkippedLine::reason)
        .containsExactly(
            tuple(9, "agent with no code"),
            tuple(10, "missing '}'"),
            tuple(11, "undefined substitution marker !MARK!"),
            tuple(12, "agent with mojibake (text decoded twice)"),
            tuple(13, "agent code without '~'"),
            tuple(14, "plural with no word"));
    assertThat(log.summary().notes()).containsKey("padded code, trimmed");
  }

  @Test
  void compilesAppendedAgentsToRoleWordsAndSkipsPrependedOnes() {
    AgentCompiler compiler = new AgentCompiler(new IdAllocator());
    FileLog compileLog = new FileLog("test.agents.txt", "agents");
    assertThat(compiler.compile(agents.get(0), compileLog))
        .hasValueSatisfying(e -> assertThat(e.sector()).isEqualTo("MIL"));
    assertThat(compiler.compile(agents.get(3), compileLog)).isEmpty();
    assertThat(compileLog.summary().skipped().get(0).reason()).contains("NGO~");
  }

  @Property(tries = 300)
  void neverThrowsAndEveryAgentHasAPhraseAndACode(@ForAll("files") String text) {
    FileLog random = new FileLog("random.txt", "agents");
    for (PetrarchAgent a : AgentFileReader.read(DictionaryFile.lines(text), random)) {
      assertThat(a.phrases()).isNotEmpty().allMatch(Phrases::hasWord);
      assertThat(a.code()).matches("[A-Z0-9]{3,}");
    }
    assertThat(random.summary().skipped()).allMatch(s -> s.line() > 0);
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(
            "GUARD",
            "_",
            " ",
            "{",
            "}",
            "{}",
            "[~MIL]",
            "[NGO~]",
            "[~",
            "]",
            "!FOLK!",
            "!FOLK! = MAN, MEN\n",
            "\n",
            "\n",
            "=",
            ",",
            "# x",
            "\u00c3\u00a9")
        .list()
        .ofMaxSize(40)
        .map(p -> String.join("", p));
  }
}
