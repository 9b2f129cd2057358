package dev.dyad.core.coding.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.coding.ontology.EventOntology;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code src=} and {@code tgt=} options limit a pattern to actors of some sectors: the parser
 * reads them, refuses what is not a sector or limits a slot the pattern lacks, and the limits let
 * through only state sectors of those kinds.
 */
class SectorLimitsTest {
  private static PatternParser parser() {
    PatternParser parser = new PatternParser(EventOntology.builtIn());
    parser.readClasses(PatternBook.CLASSES, PatternBook.lines(PatternBook.CLASSES));
    return parser;
  }

  @Test
  void theOptionsAreReadAsSetsOfSectors() {
    EventPattern p =
        parser()
            .parseLine(
                "assault.txt", "x.beat | ASSAULT | beat | {S} … !beat {T} | src=COP|MIL tgt=CVL");
    assertThat(p.limits()).isEqualTo(new SectorLimits(Set.of("COP", "MIL"), Set.of("CVL")));
    assertThat(parser().parseLine("assault.txt", "x.hit | ASSAULT | - | {S} … !hit {T}").limits())
        .isEqualTo(SectorLimits.NONE);
  }

  @Test
  void aLimitOnAMissingSlotOrAWordThatIsNoSectorIsRefused() {
    assertThatThrownBy(
            () -> parser().parseLine("targetless.txt", "x.r | PROTEST | - | {S} … !riot | tgt=CVL"))
        .isInstanceOf(PatternFormatException.class)
        .hasMessageContaining("tgt=");
    assertThatThrownBy(
            () ->
                parser().parseLine("assault.txt", "x.b | ASSAULT | - | {S} … !beat {T} | src=cop"))
        .isInstanceOf(PatternFormatException.class)
        .hasMessageContaining("three capitals");
  }

  @Test
  void onlyAStatesSectorOfTheListFitsALimitedSide() {
    SectorLimits limits = new SectorLimits(Set.of("COP"), Set.of("CVL", "OPP"));
    assertThat(limits.allows("SRBCOP", "SRBOPP")).isTrue();
    assertThat(limits.allows("SRBCOP", "SRB")).isFalse();
    assertThat(limits.allows("SRB", "SRBCVL")).isFalse();
    assertThat(limits.allows("SRBMIL", "SRBCVL")).isFalse();
    assertThat(limits.allows("SRBCOP", "IGOUNO")).isFalse();
    assertThat(limits.allows("SRBCOP", null)).isFalse();
    assertThat(new SectorLimits(Set.of("CVL"), Set.of()).allows("KENCVL", null)).isTrue();
    assertThat(SectorLimits.NONE.allows("ESP", "ITA")).isTrue();
  }

  @Test
  void anExcludedSourceSectorRefusesOnlyThatSector() {
    EventPattern p =
        parser()
            .parseLine(
                "protest.txt",
                "x.c | PROTEST | demonstrate | {S} … !protest against {T} | src=!GOV");
    assertThat(p.limits().allows("FRAGOV", "ITA")).isFalse();
    assertThat(p.limits().allows("FRACVL", "ITA")).isTrue();
    assertThat(p.limits().allows("FRA", "ITA")).isTrue();
    assertThat(p.limits().allows("IGOUNO", "ITA")).isTrue();
  }

  @Test
  void anExcludedTargetSectorRefusesOnlyThatSector() {
    EventPattern p =
        parser()
            .parseLine(
                "coerce.txt", "x.d | COERCE | seize | {T} … be !seized by {S} | tgt=!MIL|CVL");
    assertThat(p.limits().allows("RUS", "GBRMIL")).isFalse();
    assertThat(p.limits().allows("RUS", "UKR")).isTrue();
    assertThat(p.limits().allows("RUS", "UKRGOV")).isTrue();
  }
}
