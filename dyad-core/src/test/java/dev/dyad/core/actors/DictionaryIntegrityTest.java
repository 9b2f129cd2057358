package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the shipped dictionaries as data: every alias reachable, no accidental clashes. */
class DictionaryIntegrityTest {
  private static final ActorDictionary DICTIONARY = ActorDictionary.builtIn();
  private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);
  private static final Optional<java.time.LocalDate> RUS_2020 =
      Optional.of(java.time.LocalDate.of(2020, 6, 1));

  /** The 193 UN member states, written out independently of countries.txt. */
  private static final Set<String> UN_MEMBERS =
      Set.of(
          (""
                  + "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH "
                  + "BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB "
                  + "CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA "
                  + "GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN "
                  + "KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT "
                  + "MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK "
                  + "PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC "
                  + "SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO "
                  + "TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE")
              .split(" "));

  record Case(ActorEntry entry, ActorEntry.Alias alias) {
    @Override
    public String toString() {
      return entry.code() + " <- \"" + alias.text() + "\" (" + entry.source() + ")";
    }
  }

  static Stream<Case> aliases() {
    return DICTIONARY.entries().stream()
        .flatMap(entry -> entry.aliases().stream().map(alias -> new Case(entry, alias)))
        .filter(c -> !c.alias().shared());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aliases")
  void everyAliasResolvesToItsEntryAloneAndInASentence(Case c) {
    String alias = c.alias().text();
    switch (c.entry().kind()) {
      case IGNORE -> assertThat(MATCHER.find(alias, Optional.empty())).isEmpty();
      case GROUP -> {
        // A group lives where its phrase says: never its kin state.
        boolean adjective = c.entry().code().endsWith("-ADJ") || c.entry().code().equals("ETHNIC");
        String phrase = adjective ? alias + " fighters in Syria" : alias + " in Syria";
        assertThat(MATCHER.find("Officials said that " + phrase + " acted.", Optional.empty()))
            .as(c.toString())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.text()).isEqualTo(phrase);
                  assertThat(m.actor().code())
                      .isEqualTo(adjective ? "SYRREB" : "SYR" + c.entry().sector());
                });
      }
      case ROLE, TITLE -> {
        if (c.entry().code().equals("PTYCAMPAIGN")) {
          // A campaign is a role only after a person: the candidate's party.
          assertThat(
                  MATCHER.find(
                      "Officials said that Vladimir Putin's " + alias + " acted.", RUS_2020))
              .as(c.toString())
              .anySatisfy(m -> assertThat(m.actor().code()).isEqualTo("RUSPTY"));
          assertThat(MATCHER.find("Officials said that Russian " + alias + " acted.", RUS_2020))
              .as(c.toString())
              .noneSatisfy(m -> assertThat(m.actor().code()).isEqualTo("RUSPTY"));
          return;
        }
        String sentence = "Officials said that Russian " + alias + " acted.";
        assertThat(MATCHER.find(sentence, Optional.empty()))
            .as(c.toString())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.text()).isEqualTo("Russian " + alias);
                  assertThat(m.actor().code()).isEqualTo("RUS" + c.entry().sector());
                });
      }
      default -> {
        assertThat(MATCHER.find(alias, Optional.empty()))
            .as(c.toString())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.entry().code()).isEqualTo(c.entry().code());
                  assertThat(m.text()).isEqualTo(alias);
                });
        String sentence = "Officials said that " + alias + " acted.";
        assertThat(MATCHER.find(sentence, Optional.empty()))
            .as(c.toString())
            .singleElement()
            .satisfies(
                m -> {
                  assertThat(m.entry().code()).isEqualTo(c.entry().code());
                  assertThat(m.text()).isEqualTo(alias);
                });
      }
    }
  }

  @Test
  void noTwoEntriesShareAnAliasUnlessMarked() {
    Map<String, List<Case>> byKey = new HashMap<>();
    aliases().forEach(c -> byKey.computeIfAbsent(key(c.alias()), k -> new ArrayList<>()).add(c));
    List<String> clashes = new ArrayList<>();
    byKey.forEach(
        (key, cases) -> {
          for (Case a : cases) {
            for (Case b : cases) {
              if (a.entry() != b.entry()
                  && a.entry().code().compareTo(b.entry().code()) < 0
                  && !distinctCase(a.alias(), b.alias())) {
                clashes.add(a + " and " + b);
              }
            }
          }
        });
    assertThat(clashes).isEmpty();
  }

  @Test
  void everyCountryCodeIsThreeUpperCaseLetters() {
    assertThat(DICTIONARY.entries())
        .filteredOn(e -> !e.country().isEmpty() || e.kind() == ActorKind.COUNTRY)
        .allSatisfy(e -> assertThat(e.country()).matches("[A-Z]{3}"));
    assertThat(DICTIONARY.entries())
        .filteredOn(e -> e.kind() == ActorKind.COUNTRY)
        .allSatisfy(e -> assertThat(e.code()).matches("[A-Z]{3}"));
  }

  @Test
  void listsAllUnMembersObserversKosovoAndTaiwan() {
    assertThat(UN_MEMBERS).hasSize(193);
    Set<String> countries =
        DICTIONARY.entries().stream()
            .filter(e -> e.kind() == ActorKind.COUNTRY)
            .map(ActorEntry::code)
            .collect(Collectors.toSet());
    assertThat(countries).containsAll(UN_MEMBERS).contains("VAT", "PSE", "XKX", "TWN");
  }

  @Test
  void everyOfficeCodeIsAnActorCodeAndEveryPersonHasAnOffice() {
    assertThat(DICTIONARY.entries())
        .filteredOn(e -> e.kind() == ActorKind.PERSON)
        .allSatisfy(
            person -> {
              assertThat(person.offices()).as(person.source()).isNotEmpty();
              assertThat(person.offices())
                  .allSatisfy(
                      office ->
                          assertThat(office.code())
                              .as(person.source())
                              .matches(
                                  "("
                                      + person.country()
                                      + "(GOV|MIL|LEG|JUD|COP|OPP|REB|CVL|MED|BUS|LAB|REL)|IGO[A-Z]+)"));
            });
  }

  @Test
  void everyPlaceAndGroupNamesAKnownCountry() {
    Set<String> countries =
        DICTIONARY.entries().stream()
            .filter(e -> e.kind() == ActorKind.COUNTRY)
            .map(ActorEntry::country)
            .collect(Collectors.toSet());
    // Western Sahara (ESH) has no state entry on purpose: see places.txt.
    countries.add("ESH");
    assertThat(DICTIONARY.entries())
        .filteredOn(
            e ->
                e.kind() == ActorKind.PLACE
                    || e.kind() == ActorKind.GROUP
                    || e.kind() == ActorKind.INSTITUTION)
        .filteredOn(e -> !e.country().isEmpty())
        .allSatisfy(
            e -> {
              assertThat(countries).as(e.source()).contains(e.country());
              e.offices()
                  .forEach(
                      o -> assertThat(countries).as(e.source()).contains(o.code().substring(0, 3)));
            });
  }

  @Test
  void datedLinesOfPlacesGroupsAndInstitutionsFollowEachOtherWithoutOverlap() {
    assertThat(DICTIONARY.entries())
        .filteredOn(
            e ->
                e.kind() == ActorKind.PLACE
                    || e.kind() == ActorKind.GROUP
                    || e.kind() == ActorKind.INSTITUTION)
        .filteredOn(e -> !e.offices().isEmpty())
        .allSatisfy(
            e -> {
              List<ActorEntry.Office> periods = e.offices();
              for (int k = 1; k < periods.size(); k++) {
                ActorEntry.Office before = periods.get(k - 1);
                ActorEntry.Office after = periods.get(k);
                assertThat(before.to())
                    .as(e.source() + ": only the last period is open")
                    .isPresent();
                assertThat(before.to().get().plusDays(1))
                    .as(e.source() + ": periods meet")
                    .isEqualTo(after.from());
              }
            });
  }

  @Test
  void everyTitleAndGroupHasASector() {
    assertThat(DICTIONARY.entries())
        .filteredOn(e -> e.kind() == ActorKind.TITLE || e.kind() == ActorKind.GROUP)
        .allSatisfy(e -> assertThat(e.sector()).as(e.source()).matches("[A-Z]{3}"));
  }

  private static String key(ActorEntry.Alias alias) {
    return Tokenizer.tokenize(alias.text()).stream()
        .map(Token::key)
        .collect(Collectors.joining(" "));
  }

  /** Two case-sensitive aliases with different letter case never match the same text. */
  private static boolean distinctCase(ActorEntry.Alias a, ActorEntry.Alias b) {
    return a.caseSensitive() && b.caseSensitive() && !a.text().equals(b.text());
  }
}
