package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The coder's general mechanics of issue 11, each on sentences written for it: fillers between
 * pattern parts, other senses of trigger words, nouns read as verbs, complements that are not
 * facts, commitments, domestic events and sport.
 */
class CoderMechanicsTest {
  private static final EventCoder CODER = Docs.CUED_PUBLISHED;

  static List<String> code(String sentence) {
    return CODER.code(Docs.of(sentence)).stream()
        .map(
            e ->
                e.source().code()
                    + ">"
                    + e.targetCode()
                    + " "
                    + e.eventType()
                    + " "
                    + e.modality().label())
        .toList();
  }

  @Test
  void readsATimeAdverbialBetweenVerbAndComplement() {
    assertThat(code("Russia threatened on Monday to cut gas supplies to Ukraine."))
        .contains("RUS>UKR THREATEN asserted");
  }

  @Test
  void readsAQuantityBeforeTheTarget() {
    assertThat(code("Russian police arrested more than 100 Ukrainian citizens."))
        .containsExactly("RUSCOP>UKRCVL COERCE asserted");
  }

  @Test
  void readsASubjectPastItsApposition() {
    assertThat(code("Pakistan, a key U.S. ally, refused to extradite the suspects to India."))
        .contains("PAK>IND REJECT asserted");
  }

  @Test
  void doesNotReadAnAgreementAsAnAttack() {
    assertThat(code("Japan struck a deal with South Korea on Monday."))
        .noneMatch(e -> e.contains("ASSAULT"));
  }

  @Test
  void doesNotReadArrestsMadeInACountryAsItsArrest() {
    assertThat(code("US prosecutors stated arrests were made in Mexico and Canada.")).isEmpty();
    assertThat(code("Police in Chicago said they arrested two men from Mexico."))
        .anyMatch(e -> e.contains("COERCE"));
  }

  @Test
  void readsTheCityOfAnAttackedEmbassyAsAPlaceNotAsRioters() {
    assertThat(code("The general approved the attacks on the Danish embassy in Lima last week."))
        .noneMatch(e -> e.startsWith("PER"));
    assertThat(code("Protesters stormed the Danish embassy in Lima on Sunday."))
        .contains("PER>DNKGOV PROTEST asserted");
  }

  @Test
  void doesNotReadAmnestyInternationalAsAnAmnesty() {
    assertThat(
            code(
                "\"The authorities have damaged trust,\" Hong Kong director of Amnesty"
                    + " International Man-wai Lee said."))
        .noneMatch(e -> e.contains("RETREAT"));
    assertThat(code("Chile pardoned two Peruvian fishermen on Friday."))
        .contains("CHL>PERCVL CONCEDE asserted");
  }

  @Test
  void codesAConvictionAsCoercionAndAnInquirysFindingAsAnAccusation() {
    assertThat(code("A Kenyan court convicted the opposition leader on Monday."))
        .contains("KENJUD>KENOPP COERCE asserted");
    assertThat(code("Iranian judges found Britain responsible for the fire."))
        .contains("IRNJUD>GBR ACCUSE asserted");
  }

  @Test
  void readsTheBackerOfASubjectAsNoActor() {
    assertThat(code("Iraqi militias backed by Iran attacked U.S. troops."))
        .containsExactly("IRQREB>USAMIL ASSAULT asserted");
    assertThat(code("Iraqi militias associated with Iran made threats against U.S. personnel."))
        .noneMatch(e -> e.startsWith("IRN>"));
  }

  @Test
  void readsWhatAnActorOwnsAsTheActorActedOn() {
    assertThat(code("French police arrested the suspect's wife."))
        .containsExactly("FRACOP>FRACVL COERCE asserted");
    assertThat(code("Turkey dropped its objection to Sweden's NATO membership."))
        .contains("TUR>SWE CONCEDE asserted");
  }

  @Test
  void readsTheAgentOfACondemnationAsNoAttacker() {
    assertThat(code("Israel's strikes on Iranian sites were condemned by France."))
        .contains("ISR>IRN ASSAULT asserted", "FRA>ISR ACCUSE asserted")
        .noneMatch(e -> e.startsWith("FRA>IRN"));
  }

  @Test
  void doesNotReadANounAsTheVerbOfAnAttack() {
    assertThat(code("The EU's hit list includes several Russian banks.")).isEmpty();
    assertThat(code("In March, Ukraine hit Russian positions near Bakhmut."))
        .containsExactly("UKR>RUS ASSAULT asserted");
    // An irregular past form is never a noun, whatever the tagger reads.
    assertThat(code("Israeli jets struck targets in Syria."))
        .containsExactly("ISRMIL>SYR ASSAULT asserted");
  }

  @Test
  void codesDomesticEventsBetweenSectorsOfOneCountry() {
    assertThat(code("The Russian government arrested Russian soldiers."))
        .containsExactly("RUSGOV>RUSMIL COERCE asserted");
  }

  @Test
  void codesNothingInASentenceAboutSport() {
    assertThat(code("France beat Argentina in the World Cup final.")).isEmpty();
  }

  @Test
  void codesACommitmentAsAnAgreementBesideThePlannedAct() {
    assertThat(code("Germany promised to keep sending military aid to Ukraine."))
        .containsExactlyInAnyOrder("DEU>UKR AID planned", "DEU>UKR AGREE asserted");
    assertThat(code("Jordan and Britain have agreed to hold joint military exercises next month."))
        .contains("JOR>GBR AGREE asserted", "GBR>JOR AGREE asserted", "JOR>GBR COOPERATE planned");
  }

  @Test
  void keepsAReportedCommitmentReported() {
    assertThat(code("Officials said Germany promised to keep sending military aid to Ukraine."))
        .contains("DEU>UKR AGREE reported");
  }

  @Test
  void itemsOfAHedgedListInheritTheLeadInsModality() {
    Document doc =
        listDocument(
            "Key steps in the coming months likely include:",
            "Russia sends fighter jets to North Korea.");
    assertThat(CODER.code(doc))
        .extracting(e -> e.eventType() + " " + e.modality().label())
        .containsExactly("AID speculative");
    Document facts = listDocument("Last week:", "Russia sent fighter jets to North Korea.");
    assertThat(CODER.code(facts))
        .extracting(e -> e.eventType() + " " + e.modality().label())
        .containsExactly("AID asserted");
  }

  @Test
  void neverAssertsWhatAnAllegationOrAnAttemptSays() {
    assertThat(code("There were allegations that North Korea sold missiles to Iran."))
        .noneMatch(e -> e.endsWith("asserted"));
    assertThat(code("France worked to arrange a meeting with Iran."))
        .noneMatch(e -> e.endsWith("asserted"));
  }

  private static Document listDocument(String lead, String item) {
    String text = lead + "\n" + item;
    List<Sentence> sentences =
        List.of(
            new Sentence(0, lead, 0, lead.length(), 0, Block.Kind.PARAGRAPH),
            new Sentence(1, item, lead.length() + 1, text.length(), 1, Block.Kind.LIST_ITEM));
    LocalDate day = LocalDate.of(2025, 3, 1);
    return new Document(
        "list",
        "test:list",
        "test",
        Optional.empty(),
        PublicationDate.known(day, PublicationDate.Basis.METADATA, day.toString()),
        text,
        sentences,
        List.of(),
        Map.of());
  }

  @Test
  void givesOneEventPerTargetOfAList() {
    assertThat(
            code(
                "The United States imposed sanctions on Iran, Libya, North Korea, Sudan and Cuba."))
        .containsExactly(
            "USA>IRN SANCTION asserted",
            "USA>LBY SANCTION asserted",
            "USA>PRK SANCTION asserted",
            "USA>SDN SANCTION asserted",
            "USA>CUB SANCTION asserted");
  }

  @Test
  void refugeesReceivedAreShelteredNotVisitors() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Sudan said it had received thousands of Ethiopian refugees fleeing the"
                        + " fighting.")))
        .containsExactly("SDN>ETHCVL AID");
    // A leader received is a visitor still.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Chinese President Xi Jinping received Russian Foreign Minister Sergei Lavrov"
                        + " in Beijing.")))
        .containsExactly("RUSGOV>CHNGOV CONSULT");
  }

  @Test
  void anEmbassyIsNamedByWhoseItIsNotWhereItIs() {
    assertThat(Docs.dyads(Docs.of("Israel opened an embassy in Abu Dhabi in June.")))
        .containsExactly("ISR>ARE SUPPORT");
    // The embassy in Tehran is some other state's: the protesters did not attack Iran's.
    assertThat(Docs.dyads(Docs.of("Protesters attacked the embassy in Tehran."))).isEmpty();
  }

  @Test
  void aReciprocalAccusationGoesBothWays() {
    assertThat(
            Docs.dyads(
                Docs.of("Armenia and Azerbaijan accused each other of shelling civilian areas.")))
        .contains("ARM>AZE ACCUSE", "AZE>ARM ACCUSE");
  }

  @Test
  void aNumberedRoundOfTalksIsANegotiation() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "India and China held a 13th round of military talks to resolve the border"
                        + " standoff.")))
        .contains("IND>CHN CONSULT", "CHN>IND CONSULT");
  }

  @Test
  void aCounterpartWithANationalityMetInACityMetThere() {
    assertThat(Docs.dyads(Docs.of("Iran's foreign minister met his Saudi counterpart in Beijing.")))
        .containsExactlyInAnyOrder("IRNGOV>SAUGOV CONSULT", "SAUGOV>IRNGOV CONSULT");
  }
}
