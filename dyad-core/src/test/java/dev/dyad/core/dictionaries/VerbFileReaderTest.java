package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The verb file structure and both pattern syntaxes, on an invented dictionary. */
class VerbFileReaderTest {
  static final String FILE =
      String.join(
          "\n",
          "&FUNDS",
          "+GRANT",
          "+SUBSIDY",
          "+GOLD_COIN_",
          "",
          "&NOPLURAL_",
          "+WONT",
          "+DID N'T",
          "",
          "--- BESTOW  [070] ---",
          "BESTOW",
          "LAVISH {LAVISHES LAVISHED LAVISHING}",
          "+HAND_OVER",
          "+KEEP_BACK [---]",
          "- * &FUNDS [071]  # money",
          "- * {FOOD PARCELS} (TO +) [073]",
          "- $ PROMISED * ^ [0331]",
          "- * MEDALS [---]",
          "- * NOTHING [:120]",
          "- * TROPHY [042:043]",
          "- * &UNDEFINED [071]",
          "- * WITHOUT CODE",
          "- NO VERB HERE [071]",
          "",
          "--- MUSE  [---]  [010] ---",
          "MUSE",
          "- % * TOGETHER [036]",
          "",
          "~ a (b . BESTOW) MUSE = a b 120",
          "~ a (a b Q) MUSE = a b Q");

  private final FileLog log = new FileLog("test.verbs.txt", "verbs");
  private final VerbDictionary dict = VerbFileReader.read(DictionaryFile.lines(FILE), log);

  @Test
  void readsSynsetsWithAndWithoutPlurals() {
    assertThat(dict.synsets()).containsOnlyKeys("FUNDS", "NOPLURAL");
    SynsetResolver resolver = new SynsetResolver(dict.synsets());
    assertThat(resolver.phrases("FUNDS").orElseThrow())
        .contains("GRANT", "GRANTS", "SUBSIDY", "SUBSIDIES", "GOLD COIN")
        .doesNotContain("GOLD COINS");
    assertThat(resolver.phrases("NOPLURAL").orElseThrow())
        .containsExactly("WONT", "DID N'T", "DIDN'T");
  }

  @Test
  void readsBlocksVerbsAndTheirForms() {
    VerbDictionary.Block bestow = dict.blocks().get(0);
    assertThat(bestow.name()).isEqualTo("BESTOW");
    assertThat(bestow.code()).isEqualTo("070");
    assertThat(bestow.verbs())
        .extracting(VerbDictionary.Verb::lemma)
        .containsExactly("BESTOW", "LAVISH", "HAND OVER", "KEEP BACK");
    assertThat(bestow.verbs().get(0).forms())
        .contains("BESTOW", "BESTOWS", "BESTOWED", "BESTOWING");
    assertThat(bestow.verbs().get(1).forms())
        .containsExactly("LAVISH", "LAVISHES", "LAVISHED", "LAVISHING");
    assertThat(bestow.verbs().get(2).forms()).contains("HAND OVER", "HANDED OVER", "HANDS OVER");
    assertThat(bestow.verbs().get(3).forms()).contains("KEEP BACK", "KEPT BACK");
    assertThat(bestow.verbs().get(3).code()).contains("---");
    assertThat(dict.blocks().get(1).code()).isEqualTo("---");
    assertThat(log.summary().notes()).containsKey("block header with two codes, the first kept");
  }

  @Test
  void keepsPatternsAndTransformationsAsWritten() {
    assertThat(dict.blocks().get(0).patterns())
        .extracting(VerbDictionary.Pattern::body, VerbDictionary.Pattern::code)
        .startsWith(tuple("* &FUNDS", "071"), tuple("* {FOOD PARCELS} (TO +)", "073"));
    assertThat(dict.transformations()).hasSize(2);
    assertThat(dict.transformations().get(0).innerSource()).isEqualTo("b");
    assertThat(log.summary().skipped())
        .extracting(SkippedLine::line, SkippedLine::reason)
        .containsExactly(tuple(22, "pattern with no code"));
  }

  @Test
  void readsPatternItemsInEitherSyntax() {
    Set<String> synsets = dict.synsets().keySet();
    PatternLine.Parsed flat = PatternLine.parse("$ PROMISED * ^ IN_+", synsets);
    assertThat(flat.items())
        .extracting(PatternLine.Item::kind, PatternLine.Item::text, PatternLine.Item::joined)
        .containsExactly(
            tuple(PatternLine.Kind.SOURCE, "", false),
            tuple(PatternLine.Kind.WORD, "PROMISED", false),
            tuple(PatternLine.Kind.VERB, "", false),
            tuple(PatternLine.Kind.SKIP, "", false),
            tuple(PatternLine.Kind.WORD, "IN", true),
            tuple(PatternLine.Kind.TARGET, "", false));
    PatternLine.Parsed grouped = PatternLine.parse("* {GOLD COIN} (TO &FUNDS_NOW)", synsets);
    assertThat(grouped.items())
        .extracting(PatternLine.Item::kind, PatternLine.Item::text)
        .containsExactly(
            tuple(PatternLine.Kind.VERB, ""),
            tuple(PatternLine.Kind.WORD, "GOLD"),
            tuple(PatternLine.Kind.WORD, "COIN"),
            tuple(PatternLine.Kind.WORD, "TO"),
            tuple(PatternLine.Kind.SYNSET, "FUNDS"),
            tuple(PatternLine.Kind.WORD, "NOW"));
    assertThat(PatternLine.parse("* &MISSING", synsets).problem())
        .isEqualTo("undefined synset &MISSING");
    assertThat(PatternLine.parse("NO VERB", synsets).problem()).isEqualTo("pattern with no '*'");
    assertThat(PatternLine.parse("* A *", synsets).problem()).isEqualTo("pattern with two '*'");
  }

  @Test
  void compilesTheCodesItCanTypeAndSaysWhyNotTheOthers() {
    FileLog compiled = new FileLog("test.verbs.txt", "verbs");
    VerbDictionary d = VerbFileReader.read(DictionaryFile.lines(FILE), compiled);
    PatternCompiler.compile(
        d, new CodeTyping(dev.dyad.core.coding.ontology.EventOntology.builtIn()), compiled);
    assertThat(compiled.summary().skipped())
        .extracting(SkippedLine::line, SkippedLine::reason)
        .contains(
            tuple(14, "verb with the null code: no event alone"),
            tuple(21, "undefined synset &UNDEFINED"),
            tuple(23, "pattern with no '*'"),
            tuple(26, "verb with the null code: no event alone"),
            tuple(30, "transformation over any verb (Q): nothing to add to the inner event"));
  }

  @Test
  void typesCodesThroughTheOntology() {
    CodeTyping typing = new CodeTyping(dev.dyad.core.coding.ontology.EventOntology.builtIn());
    assertThat(typing.type("0874", "---").kind()).isPresent();
    assertThat(typing.type("174K", "---").kind().orElseThrow().cameo()).isEqualTo("174");
    assertThat(typing.type("010", "070").problem()).contains("no PLOVER type");
    CodeTyping.Typed byBlock = typing.type("903", "070");
    assertThat(byBlock.byBlock()).isTrue();
    assertThat(byBlock.kind().orElseThrow().cameo()).isEqualTo("070");
    assertThat(typing.type("903", "345").problem()).contains("not CAMEO");
    assertThat(CodeTyping.split("032:033")).contains(List.of("032", "033"));
    assertThat(CodeTyping.split(":110")).contains(List.of("---", "110"));
    assertThat(CodeTyping.split("025?")).isEqualTo(Optional.empty());
  }

  @Property(tries = 300)
  void neverThrowsAndCompilesWhatItKeeps(@ForAll("files") String text) {
    FileLog random = new FileLog("random.txt", "verbs");
    VerbDictionary d = VerbFileReader.read(DictionaryFile.lines(text), random);
    PatternCompiler.compile(
        d, new CodeTyping(dev.dyad.core.coding.ontology.EventOntology.builtIn()), random);
    assertThat(random.summary().merged()).isLessThanOrEqualTo(random.summary().read());
    assertThat(random.summary().skipped()).allMatch(s -> s.line() > 0 && !s.reason().isBlank());
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(
            "--- GIVE [070] ---\n",
            "GIVE\n",
            "GRANT {GRANTED}\n",
            "+HAND_OVER\n",
            "- * AID [071]\n",
            "- $ * + [072:073]\n",
            "- % * [036]\n",
            "- * [---]\n",
            "&SET\n",
            "+THING\n",
            "- * &SET [071]\n",
            "~ a (b . GIVE) GIVE = a b 120\n",
            "[",
            "]",
            "*",
            "{",
            "}",
            "(",
            ")",
            "_",
            " ",
            "\n",
            "-",
            "&",
            "+",
            "$",
            "%",
            "^")
        .list()
        .ofMaxSize(30)
        .map(p -> String.join("", p));
  }
}
