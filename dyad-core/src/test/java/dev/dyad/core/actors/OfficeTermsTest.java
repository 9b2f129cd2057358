package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dated offices of people.txt make sense as a history: one holder at a time. */
class OfficeTermsTest {
  private static final List<OfficeTerm> TERMS = OfficeTerm.builtIn();

  private static List<OfficeTerm> terms(String text) throws IOException {
    return OfficeTerm.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsEveryOfficeTheDictionaryLoads() {
    long loaded =
        ActorDictionary.builtIn().entries().stream()
            .filter(e -> e.kind() == ActorKind.PERSON)
            .mapToLong(e -> e.offices().size())
            .sum();
    assertThat(TERMS).hasSize((int) loaded);
  }

  @Test
  void everyOfficeEndsOnOrAfterItBegins() {
    assertThat(TERMS)
        .filteredOn(t -> t.end().isBefore(t.from()))
        .as("offices that end before they begin")
        .isEmpty();
  }

  @Test
  void noTwoPeopleHoldTheSameSingleHolderOfficeAtOnce() {
    assertThat(SingleHolderOffices.overlaps(TERMS))
        .as("overlapping holders of one office (fix the dates, or retitle an acting holder)")
        .isEmpty();
  }

  @Test
  void reportsTwoPresidentsInOfficeTogether() throws IOException {
    List<OfficeTerm> terms =
        terms(
            """
        A-ONE | person | One | | country=AAA
        > AAAGOV | President | 2000-01-01 | 2005-06-30
        A-TWO | person | Two | | country=AAA
        > AAAGOV | President | 2005-03-01 |
        """);
    assertThat(SingleHolderOffices.overlaps(terms))
        .singleElement()
        .asString()
        .contains("AAAGOV head of state", "A-ONE", "A-TWO");
  }

  @Test
  void allowsTheHandoverDayAndDifferentOffices() throws IOException {
    List<OfficeTerm> terms =
        terms(
            """
        A-ONE | person | One | | country=AAA
        > AAAGOV | President | 2000-01-01 | 2005-06-30
        > AAAGOV | Foreign Minister | 1995-01-01 | 2010-01-01
        A-TWO | person | Two | | country=AAA
        > AAAGOV | President | 2005-06-30 |
        > AAAGOV | Prime Minister | 2001-01-01 | 2003-01-01
        > BBBGOV | President | 2001-01-01 | 2003-01-01
        """);
    assertThat(SingleHolderOffices.overlaps(terms)).isEmpty();
  }

  @Test
  void allowsAnOverlapInsideAMonthGivenWithoutItsDay() throws IOException {
    List<OfficeTerm> terms =
        terms(
            """
        A-ONE | person | One | | country=AAA
        > AAAGOV | Defence Minister | 2000-01-01 | 2020-01   # verify
        A-TWO | person | Two | | country=AAA
        > AAAGOV | Defence Minister | 2020-01 |   # verify
        A-THREE | person | Three | | country=AAA
        > AAAGOV | Premier | 2000-01-01 | 2020-03-20
        A-FOUR | person | Four | | country=AAA
        > AAAGOV | Premier | 2020-02 |
        """);
    assertThat(SingleHolderOffices.overlaps(terms))
        .singleElement()
        .asString()
        .contains("A-THREE", "A-FOUR");
  }

  @Test
  void neverChecksActingHolders() throws IOException {
    List<OfficeTerm> terms =
        terms(
            """
        A-ONE | person | One | | country=AAA
        > AAAGOV | President | 2000-01-01 | 2005-06-30
        A-TWO | person | Two | | country=AAA
        > AAAGOV | Acting President | 2004-03-12 | 2004-05-14
        """);
    assertThat(SingleHolderOffices.overlaps(terms)).isEmpty();
  }
}
