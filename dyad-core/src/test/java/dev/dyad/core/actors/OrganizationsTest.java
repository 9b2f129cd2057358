package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Organisations, armed groups and parties (organizations.txt), some with dated codes. */
class OrganizationsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<String> codes(String date, String sentence) {
    return MATCHER.find(sentence, LocalDate.parse(date)).stream()
        .map(m -> m.actor().code())
        .toList();
  }

  @Test
  void listsAtLeastThreeHundredOrganisations() {
    long count =
        ActorDictionary.builtIn().entries().stream()
            .filter(e -> e.source().startsWith("organizations.txt"))
            .count();
    assertThat(count).isGreaterThanOrEqualTo(300);
  }

  @Test
  void codesUnAgenciesAndRegionalBodies() {
    assertThat(
            codes(
                "2005-01-01",
                "The World Food Programme, UNHCR, UNICEF, the IAEA, ECOWAS, "
                    + "SADC, IGAD, the OIC and Mercosur."))
        .containsExactly(
            "IGOUNOWFP",
            "IGOUNOHCR",
            "IGOUNOKID",
            "IGOUNOIAE",
            "IGOWAFWAS",
            "IGOSAFDEVSAD",
            "IGOEAFDEVIAD",
            "IGOMOSOIC",
            "IGOLAMMER");
  }

  @Test
  void codesTheEuropeanCommunityAsTheEusPredecessor() {
    assertThat(codes("1991-07-01", "The European Community demanded a ceasefire."))
        .containsExactly("IGOEUREEC");
    assertThat(ActorDictionary.builtIn().entry("EC").orElseThrow().to())
        .contains(LocalDate.of(1993, 10, 31));
    assertThat(codes("1995-01-01", "The OAU and the African Union."))
        .containsExactly("IGOAFROAU", "IGOAFRAFU");
  }

  @Test
  void codesArmedGroupsWithTheCountryTheyFightIn() {
    assertThat(
            codes(
                "2005-01-01",
                "Hamas, Hezbollah, the PKK, the LTTE, Boko Haram, al-Shabaab, "
                    + "the Houthis, the IRA, ETA and the Lord's Resistance Army."))
        .containsExactly(
            "PSEREB", "LBNREB", "TURREB", "LKAREB", "NGAREB", "SOMREB", "YEMREB", "GBRREB",
            "ESPREB", "UGAREB");
    assertThat(codes("2005-01-01", "al-Qaeda and Islamic State."))
        .containsExactly("IMGMUSALQ", "IMGMUSISI");
  }

  @Test
  void changesAGroupsCodeOnTheDayItTookPowerOrSignedPeace() {
    assertThat(codes("2000-01-01", "The Taliban attacked.")).containsExactly("AFGGOV");
    assertThat(codes("2010-01-01", "The Taliban attacked.")).containsExactly("AFGREB");
    assertThat(codes("2022-01-01", "The Taliban attacked.")).containsExactly("AFGGOV");
    assertThat(codes("1985-01-01", "The ANC said.")).containsExactly("ZAFREB");
    assertThat(codes("1995-01-01", "The ANC said.")).containsExactly("ZAFPTY");
    assertThat(codes("2005-01-01", "The SPLA fought.")).containsExactly("SDNREB");
    assertThat(codes("2012-01-01", "The SPLA fought.")).containsExactly("SSDMIL");
    assertThat(codes("2020-01-01", "The Rapid Support Forces deployed.")).containsExactly("SDNMIL");
    assertThat(codes("2024-01-01", "The Rapid Support Forces deployed.")).containsExactly("SDNREB");
  }

  @Test
  void leavesAmbiguousAcronymsOut() {
    assertThat(codes("2005-01-01", "RSF said.")).isEmpty();
    assertThat(codes("2005-01-01", "Reporters Without Borders said.")).containsExactly("NGOHRIRSF");
    assertThat(codes("2005-01-01", "They acted in solidarity.")).isEmpty();
  }

  @Test
  void codesPartiesAsTheirCountryAndPty() {
    assertThat(codes("2005-01-01", "The BJP, Likud, Sinn Fein and the Congress party."))
        .containsExactly("INDPTY", "ISRPTY", "GBRPTY", "INDPTY");
    assertThat(codes("1990-01-01", "Fatah and the PLO.")).containsExactly("PSEREB", "PSEREB");
    assertThat(codes("2000-01-01", "Fatah and the PLO.")).containsExactly("PSEPTY", "PSEGOV");
  }
}
