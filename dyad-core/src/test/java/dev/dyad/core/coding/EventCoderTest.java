package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.modality.ModalityReading;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EventCoderTest {

  @Test
  void codesReportedMunitionsTransferAsAid() {
    var doc =
        Docs.of(
            "Intelligence officials believe Pyongyang has shipped tank shells and"
                + " rockets to Russia this spring.");
    List<Event> events = Docs.CODER.code(doc);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.source().code()).isEqualTo("PRK");
    assertThat(e.source().text()).isEqualTo("Pyongyang");
    assertThat(e.targetCode()).isEqualTo("RUS");
    assertThat(e.eventType()).isEqualTo(EventType.AID);
    assertThat(e.mode()).contains("military");
    assertThat(e.pattern()).isEqualTo("aid.send.weapons");
    assertThat(e.object()).contains("tank shells");
    assertThat(e.cameo()).isNotBlank();
    assertThat(doc.sentences().get(0).text().substring(e.span().start(), e.span().end()))
        .startsWith("Pyongyang has shipped")
        .endsWith("Russia");
  }

  @Test
  void codesPassiveSupplyByNorthKorea() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Several hundred rockets were supplied by North Korea to Russia over the winter.")))
        .containsExactly("PRK>RUS AID");
  }

  @Test
  void codesNominalTroopDeploymentWithTheStateAsSource() {
    List<Event> events =
        Docs.CODER.code(
            Docs.of("The dispatch of North Korean soldiers to Russia worried Western capitals."));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo(new EventActor("PRK", "North Korean soldiers"));
              assertThat(e.targetCode()).isEqualTo("RUS");
              assertThat(e.object()).contains("soldiers");
            });
  }

  @Test
  void givesACoordinationTheSectorOfItsNoun() {
    assertThat(
            Docs.dyads(
                Docs.of("Canada sanctioned Iranian and Syrian shipping companies on Monday.")))
        .containsExactly("CAN>IRNBUS SANCTION", "CAN>SYRBUS SANCTION");
  }

  @Test
  void readsThePassiveSubjectFromTheStartOfItsPhrase() {
    assertThat(
            Docs.dyads(Docs.of("Turkey's raids on Syrian border towns were condemned by Egypt.")))
        .contains("EGY>TUR ACCUSE");
  }

  @Test
  void doesNotCodeWhatIsAskedFor() {
    assertThat(Docs.dyads(Docs.of("Germany urged Hungary to stop sending fuel to Serbia.")))
        .containsExactly("DEU>HUN REQUEST");
  }

  @Test
  void codesCompoundSourceAsTwoEvents() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "South Korea and Japan condemned Russia over the latest missile transfer.")))
        .containsExactly("JPN>RUS ACCUSE", "KOR>RUS ACCUSE");
  }

  @Test
  void codesSymmetricMeetingBothWays() {
    assertThat(Docs.dyads(Docs.of("Brazil and Argentina held talks in Montevideo on Friday.")))
        .containsExactly("ARG>BRA CONSULT", "BRA>ARG CONSULT");
  }

  @Test
  void resolvesTheTwoCountriesFromHeading() {
    var doc =
        Docs.headed(
            "New rail link between Mongolia and China",
            "Officials spoke of a historic day.",
            "The first freight train left before dawn.",
            "Both nations signed a treaty on cross-border freight last year.");
    List<Event> events = Docs.CODER.code(doc);
    assertThat(events)
        .extracting(e -> e.source().code() + ">" + e.targetCode())
        .containsExactlyInAnyOrder("MNG>CHN", "CHN>MNG");
    assertThat(events).allSatisfy(e -> assertThat(e.source().text()).isEqualTo("Both nations"));
  }

  @Test
  void resolvesTheyToTheLastCoordination() {
    var doc =
        Docs.of(
            "Chile and Peru settled their maritime dispute in court.",
            "They also signed a fisheries agreement.");
    // PLOVER files signing an agreement under SUPPORT.
    assertThat(Docs.dyads(doc)).containsExactly("CHL>PER SUPPORT", "PER>CHL SUPPORT");
  }

  @Test
  void resolvesItButNeverToTheOtherSide() {
    var doc = Docs.of("Canada has said it sent drones to Ukraine.");
    assertThat(Docs.dyads(doc)).containsExactly("CAN>UKR AID");
  }

  @Test
  void givesNoEventForOpinion() {
    assertThat(
            Docs.CODER.code(
                Docs.of(
                    "Commentators think the friendship between Moscow and Tehran is mostly for show.",
                    "Opinion: Europe should worry more about its own defences.")))
        .isEmpty();
  }

  @Test
  void givesNoDyadicEventWithoutATarget() {
    // A missile test names no one it is aimed at: an event with no target, never a dyad.
    assertThat(Docs.CODER.code(Docs.of("Iran test-fired a new cruise missile on Sunday.")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.target()).isEmpty());
  }

  @Test
  void keepsTheLongestMatchForOneDyad() {
    List<Event> events = Docs.CODER.code(Docs.of("Belarus supplied fuel to Russia."));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).mode()).contains("economic");
  }

  @Test
  void marksHistoricalStatesAsHistorical() {
    List<Event> events = Docs.CODER.code(Docs.of("The Soviet Union shipped tanks to Cuba."));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source().code()).isEqualTo("USR");
              assertThat(e.historical()).isTrue();
            });
  }

  @Test
  void takesModalityAndDateFromItsCollaborators() {
    EventDater dater =
        (tokens, span, sentence, published) ->
            new EventDate(java.util.Optional.of("2024-10"), EventDate.Basis.TEXT, false, "October");
    EventCoder coder =
        new EventCoder(
            new ActorMatcher(ActorDictionary.builtIn()),
            (tokens, span) -> ModalityReading.of(Modality.SPECULATIVE, "could"),
            dater);
    Event e = coder.code(Docs.of("Norway could send artillery shells to Ukraine.")).get(0);
    assertThat(e.modality()).isEqualTo(Modality.SPECULATIVE);
    assertThat(e.modalityCue()).contains("could");
    assertThat(e.date()).contains("2024-10");
    assertThat(e.dateBasis()).isEqualTo(EventDate.Basis.TEXT);
  }

  @Test
  void givesStableEventIds() {
    var doc = Docs.of("Kenya deported two Somali nationals.");
    assertThat(Docs.CODER.code(doc))
        .extracting(Event::eventId)
        .isEqualTo(Docs.CODER.code(doc).stream().map(Event::eventId).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void neverCodesAStateActingOnItself() {
    assertThat(Docs.CODER.code(Docs.of("Russia praised the Kremlin for its patience."))).isEmpty();
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void codesTheSameInParallelAsInSequence() {
    List<dev.dyad.core.model.Document> docs =
        GoldCases.all().stream().map(GoldCases.GoldCase::document).toList();
    List<List<Event>> sequential = docs.stream().map(Docs.CODER::code).toList();
    List<List<Event>> parallel = docs.parallelStream().map(Docs.CODER::code).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void codesAStreamOfDocumentsLazily() {
    var docs =
        java.util.stream.Stream.of(
            Docs.of("Kenya deported two Somali nationals."),
            Docs.of("Peru and Chile signed a fisheries agreement."));
    assertThat(Docs.CODER.code(docs))
        .extracting(e -> e.eventType())
        .containsExactly(EventType.COERCE, EventType.SUPPORT, EventType.SUPPORT);
  }

  @Test
  void givesNoEventForAQuestion() {
    assertThat(
            Docs.CODER.code(
                Docs.of(
                    "Did Belarus send artillery shells to Russia last winter?",
                    "Why did Chile sign a fisheries agreement with Peru?\u201d")))
        .isEmpty();
  }

  @Test
  void givesNoEventForARelationshipNoun() {
    assertThat(
            Docs.CODER.code(
                Docs.of(
                    "The deepening military cooperation between Iran and Venezuela worries Washington.",
                    "Iran's collaboration with Venezuela strengthens its oil industry.",
                    "This partnership is driven by shared hostility to sanctions.",
                    "The alliance between Iran and Venezuela has lasted two decades.",
                    "Ties between Iran and Venezuela are close.")))
        .isEmpty();
  }

  @Test
  void stillCodesConcreteJointActs() {
    assertThat(Docs.dyads(Docs.of("Analysts counted joint exercises between Iran and Venezuela.")))
        .containsExactly("IRN>VEN COOPERATE", "VEN>IRN COOPERATE");
    assertThat(Docs.dyads(Docs.of("Iran and Venezuela held joint drills in the Caribbean.")))
        .containsExactly("IRN>VEN COOPERATE", "VEN>IRN COOPERATE");
    assertThat(Docs.dyads(Docs.of("Iran signed a cooperation agreement with Venezuela.")))
        .containsExactly("IRN>VEN SUPPORT", "VEN>IRN SUPPORT");
    // PLOVER: the commitment is an AGREE of its own, beside the (planned) act.
    assertThat(Docs.dyads(Docs.of("Iran and Venezuela agreed to cooperate on refining.")))
        .containsExactlyInAnyOrder(
            "IRN>VEN COOPERATE", "VEN>IRN COOPERATE", "IRN>VEN AGREE", "VEN>IRN AGREE");
    assertThat(Docs.dyads(Docs.of("Iran and Venezuela cooperate on oil refining.")))
        .containsExactly("IRN>VEN COOPERATE", "VEN>IRN COOPERATE");
  }

  @Test
  void aSigningIsSupportAndASigningToComeIsAPromise() {
    // PLOVER: signing finalises an agreement (SUPPORT); a promise to sign is AGREE, one event.
    assertThat(Docs.dyads(Docs.of("Peru and Chile signed a fisheries agreement on Monday.")))
        .containsExactly("CHL>PER SUPPORT", "PER>CHL SUPPORT");
    assertThat(Docs.dyads(Docs.of("Peru and Chile agreed to sign a fisheries agreement.")))
        .as("agreed to sign")
        .containsExactly("CHL>PER AGREE", "PER>CHL AGREE");
    // Read with the modality cues, so that "will" makes it planned.
    assertThat(Docs.lastSentenceEvents("Peru and Chile will sign a fisheries agreement next week."))
        .extracting(e -> Docs.dyad(e) + " " + e.eventType())
        .as("will sign")
        .containsExactlyInAnyOrder("PER>CHL AGREE", "CHL>PER AGREE");
  }

  @Test
  void codesAnArmsDealBetweenTwoStatesAsOneAgreementReading() {
    // An agreement between named parties is SUPPORT sign (PLOVER), its modality from the cues.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "In 2023, reports surfaced regarding potential arms deals"
                        + " between Iran and Venezuela, amid the war.")))
        .containsExactly("IRN>VEN SUPPORT", "VEN>IRN SUPPORT");
  }

  @Test
  void resolvesTheTwoCountriesToTheMostMentionedStates() {
    var doc =
        Docs.headed(
            "Iran and Venezuela draw closer",
            "Iran has sold oil tankers to Venezuela for years.",
            "Venezuela pays Iran in gold, according to Reuters.",
            "Iran values the route as a way round pressure from the United States and its allies.",
            "The two countries have held joint naval exercises in the Caribbean.");
    assertThat(Docs.dyads(doc)).containsExactly("IRN>VEN COOPERATE", "VEN>IRN COOPERATE");
  }

  @Test
  void resolvesTheTwoCountriesToACompoundInThePreviousSentence() {
    var doc =
        Docs.of(
            "Iran has sold oil tankers to Venezuela for years.",
            "Venezuela pays Iran in gold.",
            "Chile and Peru settled their maritime dispute in court.",
            "The two countries also signed a fisheries agreement.");
    assertThat(Docs.dyads(doc)).containsExactly("CHL>PER SUPPORT", "PER>CHL SUPPORT");
  }

  @Test
  void chainsReferencesFromACompoundLabelHeading() {
    var doc =
        Docs.headed(
            "Chile and Peru:",
            "Both nations, as direct neighbours of Bolivia, are highly alarmed by the pact.",
            "They have summoned the Bolivian ambassador.");
    assertThat(Docs.dyads(doc)).containsExactly("CHL>BOLGOV ACCUSE", "PER>BOLGOV ACCUSE");
  }

  @Test
  void countsAResolvedReferenceAsAMentionOfWhatItStandsFor() {
    // The label is two sentences out of reach by the time of the last one: only the chain
    // "Both nations" -> "They" -> "They" carries it.
    var doc =
        Docs.of(
            "Chile and Peru:",
            "Both nations, as direct neighbours of Bolivia, are highly alarmed by the pact.",
            "They met in Lima on Monday.",
            "They have summoned the Bolivian ambassador.");
    assertThat(Docs.dyads(doc)).containsExactly("CHL>BOLGOV ACCUSE", "PER>BOLGOV ACCUSE");
  }

  @Test
  void resolvesTheGroupToTheArmedGroupOrOrganisationNamedBefore() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Nigerian troops pursued Boko Haram fighters near Lake Chad.",
                    "Abuja blamed the Islamist group for the abduction of forty farmers.")))
        .containsExactly("NGA>NGAREB ACCUSE", "NGAREB>NGACVL ASSAULT");
    // A group of people is no named group: nothing to refer back to.
    assertThat(
            Docs.dyads(
                Docs.of(
                    "A group of students marched through Abuja on Monday.",
                    "Abuja blamed the group for the damage.")))
        .isEmpty();
  }

  @Test
  void peopleLinkedToAGroupAreNotTheGroup() {
    assertThat(Docs.dyads(Docs.of("Malian troops attacked al-Qaeda-linked fighters near Gao.")))
        .containsExactly("MLIMIL>MLIREB ASSAULT");
  }

  @Test
  void aBodyBackedByAnOrganisationIsItsCountrysAndAPurposeAfterAnObjectIsNoProtest() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Somalia's UN-backed government accused Eritrea of arming the insurgents.")))
        .contains("SOM>ERI ACCUSE")
        .noneMatch(d -> d.startsWith("IGO"));
    assertThat(
            Docs.dyads(
                Docs.of("Malaysia summoned China's ambassador to protest against the incursion.")))
        .containsExactly("MYS>CHNGOV ACCUSE");
  }

  @Test
  void subjectsWhoActTogetherAgainstATargetDoNotActAgainstOneAnother() {
    assertThat(
            Docs.dyads(
                Docs.of("Mali, Burkina Faso and Niger cut diplomatic ties with Ivory Coast.")))
        .containsExactlyInAnyOrder("MLI>CIV SANCTION", "BFA>CIV SANCTION", "NER>CIV SANCTION");
  }

  @Test
  void aStateDescribedByALowerCaseNounRefersToTheLastStateNamed() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Bahrain cut diplomatic ties with Qatar, accusing the Gulf state of"
                        + " supporting terrorism.")))
        .contains("BHR>QAT ACCUSE");
    // State media are no state.
    assertThat(
            Docs.dyads(
                Docs.of("Qatar rejected the claims.", "The state media accused Bahrain of lying.")))
        .noneMatch(d -> d.startsWith("QAT>BHR"));
  }

  @Test
  void theRebelsReferToTheLastRebelsNamed() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Turkish jets bombed Kurdish PKK positions in northern Iraq, a day after the"
                        + " rebels attacked a Turkish border post.")))
        .contains("TURREB>TUR ASSAULT");
  }

  @Test
  void aDummyItBeforeACopulaIsNoActor() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Chilean students marched through Santiago on Thursday.",
                    "It was the largest protest in Chile since 2011.")))
        .isEmpty();
  }

  @Test
  void keepsTheBareStateWhenAVerbStandsBeforeARoleNoun() {
    assertThat(Docs.dyads(Docs.of("Belarus shipped artillery shells to Russia in March.")))
        .containsExactly("BLR>RUS AID");
    assertThat(Docs.dyads(Docs.of("Cuba has sent troops to Venezuela.")))
        .containsExactly("CUB>VEN AID");
    // A modifier still gives the sector.
    assertThat(Docs.dyads(Docs.of("Cuban armed forces attacked Venezuela.")))
        .containsExactly("CUBMIL>VEN ASSAULT");
  }

  @Test
  void codesADeploymentToSupportAStateAsAidToIt() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "The alleged deployment of Cuban soldiers to support"
                        + " Venezuela in the border crisis carries several risks.")))
        .containsExactly("CUB>VEN AID");
    assertThat(
            Docs.dyads(
                Docs.of("Havana has sent troops to support Venezuela in the border crisis.")))
        .containsExactly("CUB>VEN AID");
    assertThat(Docs.dyads(Docs.of("Cuba dispatched soldiers to fight for Venezuela.")))
        .containsExactly("CUB>VEN AID");
    assertThat(Docs.dyads(Docs.of("Cuba deployed forces to help Venezuela.")))
        .containsExactly("CUB>VEN AID");
  }

  @Test
  void condemningARelationshipAccusesTheDocumentsSalientPair() {
    var doc =
        Docs.of(
            "Iran has sold oil tankers to Venezuela for years.",
            "Venezuela pays Iran in gold.",
            "Brazil has condemned the cooperation, officials said.");
    List<Event> events = Docs.CODER.code(doc).stream().filter(e -> e.sentenceIndex() == 2).toList();
    assertThat(events)
        .extracting(e -> e.source().code() + ">" + e.targetCode() + " " + e.eventType())
        .containsExactlyInAnyOrder("BRA>IRN ACCUSE", "BRA>VEN ACCUSE");
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.pattern()).isEqualTo("accuse.condemn.relation");
              assertThat(e.confidence()).isLessThan(0.6);
            });
  }

  @Test
  void condemningANamedRelationshipAccusesItsParties() {
    var doc =
        Docs.of(
            "Iran has sold oil tankers to Venezuela for years.",
            "Colombia condemned the arms transfers between Cuba and Nicaragua.");
    assertThat(Docs.dyads(doc)).containsExactly("COL>CUB ACCUSE", "COL>NIC ACCUSE");
  }

  @Test
  void condemningARelationshipNeedsTwoOtherStates() {
    assertThat(Docs.CODER.code(Docs.of("Brazil condemned the alliance."))).isEmpty();
  }

  @Test
  void condemningATransferAccusesItsAgentWhenOneWasJustCoded() {
    var doc =
        Docs.of(
            "Iran has shipped drones to Venezuela, officials said.",
            "Venezuela's president thanked Iran.",
            "Ministers in Lima and Bogota met in the evening.",
            "Brazil condemned the transfer.");
    assertThat(Docs.dyads(doc)).containsExactly("BRA>IRN ACCUSE");
    var noAgent =
        Docs.of(
            "Iran's president visited Venezuela in June.",
            "Venezuela thanked Iran for the visit.",
            "Analysts expect more of the same.",
            "Brazil condemned the arms transfers.");
    assertThat(Docs.dyads(noAgent)).containsExactly("BRA>IRN ACCUSE", "BRA>VEN ACCUSE");
  }

  @Test
  void codesMoscowBefore1992AsTheSovietUnion() {
    EventCoder dated =
        new EventCoder(
            new ActorMatcher(ActorDictionary.builtIn()),
            (tokens, span) -> ModalityReading.ASSERTED,
            dev.dyad.core.time.EventDates::date);
    assertThat(dated.code(Docs.of("In 1961 Moscow signed a friendship treaty with Hanoi.")))
        .extracting(e -> e.source().code() + ">" + e.targetCode())
        .containsExactlyInAnyOrder("USR>VNM", "VNM>USR");
    assertThat(dated.code(Docs.of("In 1975 the Kremlin sent tanks to Hanoi.")))
        .extracting(e -> e.source().code())
        .allMatch(code -> code.startsWith("USR"))
        .isNotEmpty();
    assertThat(dated.code(Docs.of("In 2023 Moscow signed a trade treaty with Hanoi.")))
        .extracting(e -> e.source().code() + ">" + e.targetCode())
        .containsExactlyInAnyOrder("RUS>VNM", "VNM>RUS");
  }

  @Test
  void readsShellsAfterADeterminerAsANounNotTheVerb() {
    assertThat(Docs.CODER.code(Docs.of("Belarus is the supplier of shells to Russia.")))
        .noneMatch(e -> e.eventType() == EventType.ASSAULT);
    assertThat(
            Docs.CODER.code(
                Docs.of("Belarus remains a big supplier of artillery shells" + " for Russia.")))
        .noneMatch(e -> e.eventType() == EventType.ASSAULT);
    assertThat(Docs.dyads(Docs.of("Armenia shelled Azerbaijan overnight.")))
        .containsExactly("ARM>AZE ASSAULT");
    assertThat(Docs.dyads(Docs.of("Armenia continued shelling Azerbaijan overnight.")))
        .containsExactly("ARM>AZE ASSAULT");
    assertThat(Docs.dyads(Docs.of("Armenia shells Azerbaijan every night.")))
        .containsExactly("ARM>AZE ASSAULT");
  }

  @Test
  void codesOneEventPerDyadAndTypeInASentence() {
    // One event per (source, target, type) per sentence: the coder's dedup key is already
    // stricter than (source, target, type, mode, modality). The analyst's "same AID twice" was
    // the same sentence in two documents; its PRKMIL source was the sector bug fixed earlier.
    List<Event> events =
        Docs.CODER.code(
            Docs.of(
                "Belarus shipped artillery shells and"
                    + " short-range ballistic missiles to Russia between January and early March,"
                    + " officials in Minsk said."));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source().code()).isEqualTo("BLR");
              assertThat(e.targetCode()).isEqualTo("RUS");
              assertThat(e.eventType()).isEqualTo(EventType.AID);
            });
  }

  @Test
  void codesRaisedSurveillanceAgainstAThreatFromAStateAsMobilize() {
    List<Event> events =
        Docs.CODER.code(
            Docs.of(
                "Vietnam has stepped up patrols and coastal monitoring to guard against incursions from China."));
    assertThat(events)
        .anyMatch(
            e ->
                e.source().code().equals("VNM")
                    && e.targetCode().startsWith("CHN")
                    && e.eventType() == EventType.MOBILIZE
                    && e.pattern().equals("mobilize.alert.threat"));
  }

  @Test
  void codesTroopsHostedByAnotherStateAsMilitaryAidNotAVisit() {
    List<Event> events =
        Docs.CODER.code(Docs.of("Belarus has received Russian troops near its northern border."));
    assertThat(events)
        .anyMatch(
            e ->
                e.source().code().startsWith("RUS")
                    && e.targetCode().startsWith("BLR")
                    && e.eventType() == EventType.AID
                    && e.mode().filter("military"::equals).isPresent());
    assertThat(events).noneMatch(e -> e.eventType() == EventType.CONSULT);
  }

  @Test
  void codesSoldiersArrivingInAnotherStateAsMilitaryAid() {
    List<Event> events =
        Docs.CODER.code(
            Docs.of("Hundreds of Rwandan soldiers arrived at a base in Mozambique on Friday."));
    assertThat(events)
        .anyMatch(
            e ->
                e.source().code().startsWith("RWA")
                    && e.targetCode().startsWith("MOZ")
                    && e.eventType() == EventType.AID);
  }

  @Test
  void keepsALeaderArrivingAsAVisit() {
    List<Event> events =
        Docs.CODER.code(
            Docs.of("Vladimir Putin arrived at the airport in North Korea on Tuesday."));
    assertThat(events).anyMatch(e -> e.eventType() == EventType.CONSULT);
  }

  @Test
  void keepsTsaristRussiaCodedAsRussia() {
    List<Event> events =
        Docs.CODER.code(Docs.of("In 1905 Japan and Russia signed a peace treaty."));
    assertThat(events)
        .anyMatch(e -> e.source().code().equals("RUS") || e.targetCode().equals("RUS"));
    assertThat(events)
        .noneMatch(e -> e.source().code().startsWith("USR") || e.targetCode().startsWith("USR"));
  }
}
