package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorEntry;
import dev.dyad.core.actors.ActorKind;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.actors.ActorMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The actor file format, on an invented dictionary (states of a made-up region). */
class ActorFileReaderTest {
  static final String FILE =
      String.join(
          "\n",
          "RURITANIA_  [RUR]",
          "+RURITANIAN_",
          "+STRELSAU",
          "",
          "KING_RUDOLF  ; a TABARI comment",
          "+RUDOLF_ELPHBERG",
          "\t[RURELI 19900101-941231]",
          "\t[RURGOV 950101-20031231] [RURELI >20040101]",
          "",
          "GRAUSTARK [GRK]",
          "\t[ GRKGOV <750101 ]",
          "FREEDONIA  [fdn]",
          "MARSOVIA [MRS/SYL]",
          "BAD_DATES",
          "\t[XXXGOV 1990123-19950101]",
          "\t[XXXGOV 19950230-19960101]",
          "+SECOND_NAME",
          "NO_CODE_AT_ALL",
          "\t[XXX 20050101-19990101]",
          "LEAGUE_OF_STATES [IGOLOS]",
          "THE_PALACE [RURGOV]",
          "NOBODY [---]");

  private final FileLog log = new FileLog("test.actors.txt", "actors");
  private final List<PetrarchActor> actors = ActorFileReader.read(DictionaryFile.lines(FILE), log);

  @Test
  void readsPhrasesSynonymsAndCodes() {
    assertThat(actors.get(0).phrases()).containsExactly("RURITANIA", "RURITANIAN", "STRELSAU");
    assertThat(actors.get(0).codes())
        .containsExactly(new PetrarchActor.DatedCode("RUR", Optional.empty(), Optional.empty()));
  }

  @Test
  void readsDatedRestrictionsInBothDateFormsSeveralToALine() {
    PetrarchActor king = actors.get(1);
    assertThat(king.phrases()).containsExactly("KING RUDOLF", "RUDOLF ELPHBERG");
    assertThat(king.codes())
        .containsExactly(
            new PetrarchActor.DatedCode(
                "RURELI",
                Optional.of(LocalDate.of(1990, 1, 1)),
                Optional.of(LocalDate.of(1994, 12, 31))),
            new PetrarchActor.DatedCode(
                "RURGOV",
                Optional.of(LocalDate.of(1995, 1, 1)),
                Optional.of(LocalDate.of(2003, 12, 31))),
            new PetrarchActor.DatedCode(
                "RURELI", Optional.of(LocalDate.of(2004, 1, 1)), Optional.empty()));
  }

  @Test
  void trimsPaddedCodesAndUpperCasesLowerCaseOnes() {
    assertThat(actors.get(2).codes().get(1))
        .isEqualTo(
            new PetrarchActor.DatedCode(
                "GRKGOV", Optional.empty(), Optional.of(LocalDate.of(1975, 1, 1))));
    assertThat(actors.get(3).codes().get(0).code()).isEqualTo("FDN");
    assertThat(actors.get(4).codes().get(0).code()).isEqualTo("MRS");
    assertThat(log.summary().notes())
        .containsKeys(
            "padded code, trimmed",
            "lower-case code, upper-cased",
            "several codes for one phrase, the first kept");
  }

  @Test
  void skipsBadLinesWithFileAndLineAndGoesOn() {
    assertThat(log.summary().skipped())
        .extracting(SkippedLine::line, SkippedLine::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(15, "bad date '1990123'"),
            org.assertj.core.groups.Tuple.tuple(16, "bad date '19950230'"),
            org.assertj.core.groups.Tuple.tuple(19, "dates out of order"),
            org.assertj.core.groups.Tuple.tuple(14, "actor with no code"),
            org.assertj.core.groups.Tuple.tuple(18, "actor with no code"));
    assertThat(log.summary().skipped()).allMatch(s -> s.file().equals("test.actors.txt"));
    assertThat(actors).extracting(a -> a.phrases().get(0)).contains("LEAGUE OF STATES", "NOBODY");
  }

  @Test
  void compilesKindsFromTheCodes() {
    List<ActorEntry> entries = compiled();
    assertThat(entries.get(0).kind()).isEqualTo(ActorKind.COUNTRY);
    assertThat(entries.get(0).code()).isEqualTo("RUR");
    assertThat(entries.get(0).name()).isEqualTo("Ruritania");
    assertThat(entries.get(1).kind()).isEqualTo(ActorKind.PERSON);
    assertThat(kind("LEAGUE OF STATES", entries)).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(kind("THE PALACE", entries)).isEqualTo(ActorKind.INSTITUTION);
    assertThat(kind("NOBODY", entries)).isEqualTo(ActorKind.IGNORE);
  }

  @Test
  void codesAPersonByTheRestrictionThatCoversTheDateBothEndsIncluded() {
    ActorMatcher matcher = new ActorMatcher(ActorDictionary.of(compiled()));
    assertThat(code(matcher, "King Rudolf spoke.", LocalDate.of(1994, 12, 31))).isEqualTo("RURELI");
    assertThat(code(matcher, "King Rudolf spoke.", LocalDate.of(1995, 1, 1))).isEqualTo("RURGOV");
    assertThat(code(matcher, "Rudolf Elphberg spoke.", LocalDate.of(2010, 5, 5)))
        .isEqualTo("RURELI");
    assertThat(code(matcher, "The Palace spoke.", LocalDate.of(2010, 5, 5))).isEqualTo("RURGOV");
    assertThat(code(matcher, "Ruritanian troops spoke.", LocalDate.of(2010, 5, 5)))
        .isEqualTo("RUR");
  }

  private List<ActorEntry> compiled() {
    ActorCompiler compiler = new ActorCompiler(new IdAllocator());
    return actors.stream().map(a -> compiler.compile(a, log)).toList();
  }

  private static ActorKind kind(String phrase, List<ActorEntry> entries) {
    return entries.stream()
        .filter(e -> e.aliases().get(0).text().equals(phrase))
        .findFirst()
        .orElseThrow()
        .kind();
  }

  private static String code(ActorMatcher matcher, String sentence, LocalDate date) {
    List<ActorMention> mentions = matcher.find(sentence, date);
    return mentions.isEmpty() ? "" : mentions.get(0).actor().code();
  }
}
