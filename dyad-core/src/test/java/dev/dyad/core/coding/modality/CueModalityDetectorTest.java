package dev.dyad.core.coding.modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.model.EventSpan;
import dev.dyad.core.text.Token;
import dev.dyad.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Invented sentences, one scope rule each. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CueModalityDetectorTest {
  private final CueModalityDetector detector = CueModalityDetector.builtIn();

  /** The reading of the event named by the first token whose form is {@code trigger}. */
  private ModalityReading read(String sentence, String trigger) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int at = -1;
    for (int i = 0; i < tokens.size() && at < 0; i++) {
      if (tokens.get(i).form().equals(trigger)) {
        at = i;
      }
    }
    assertThat(at).as("trigger %s in %s", trigger, sentence).isNotNegative();
    return detector.detect(tokens, new EventSpan(at, 0, tokens.size() - 1));
  }

  private Modality modality(String sentence, String trigger) {
    return read(sentence, trigger).modality();
  }

  /**
   * The reading of an event as the coder spans it: the pattern starts at the first token whose form
   * is {@code first}, its trigger is the first {@code trigger} after that, and it ends at the first
   * {@code last} after the trigger.
   */
  private ModalityReading readSpan(String sentence, String first, String trigger, String last) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    int from = index(tokens, first, 0, sentence);
    int at = index(tokens, trigger, from, sentence);
    return detector.detect(tokens, new EventSpan(at, from, index(tokens, last, at, sentence)));
  }

  private static int index(List<Token> tokens, String form, int from, String sentence) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).form().equals(form)) {
        return i;
      }
    }
    throw new AssertionError("no token " + form + " in " + sentence);
  }

  @Test
  void plainStatementIsAsserted() {
    assertThat(read("Belarus delivered tractors to Cuba last spring.", "delivered"))
        .isEqualTo(ModalityReading.ASSERTED);
  }

  @Test
  void modalInRelativeClauseDoesNotHedgeMainClause() {
    assertThat(
            modality("Chile shipped copper to Peru, a step that might anger Bolivia.", "shipped"))
        .isEqualTo(Modality.ASSERTED);
    assertThat(modality("Chile shipped copper to Peru, which may anger Bolivia.", "shipped"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void modalBeforeTheTriggerHedgesIt() {
    ModalityReading reading = read("Norway could soon deliver patrol boats to Iceland.", "deliver");
    assertThat(reading).isEqualTo(ModalityReading.of(Modality.SPECULATIVE, "could"));
  }

  @Test
  void allegedHedgesOnlyTheNounItModifies() {
    String sentence =
        "The alleged shipment of rifles to Chad came after Niger sent envoys to Chad.";
    assertThat(read(sentence, "shipment"))
        .isEqualTo(ModalityReading.of(Modality.ALLEGED, "alleged"));
    assertThat(modality(sentence, "sent")).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void speculativeAdjectiveHedgesTheNounAfterAnyWord() {
    String sentence =
        "In 2021, reports surfaced regarding potential arms deals between Chile and Peru.";
    assertThat(readSpan(sentence, "deals", "deals", "Peru"))
        .isEqualTo(ModalityReading.of(Modality.SPECULATIVE, "potential"));
    assertThat(read("Lima discussed possible transfers of jets to Quito.", "transfers"))
        .isEqualTo(ModalityReading.of(Modality.SPECULATIVE, "possible"));
    assertThat(modality("The prospective sale of jets to Laos was discussed.", "sale"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void speculativeAdjectiveHedgesOnlyItsOwnNoun() {
    String sentence =
        "Lima raised patrols to prepare for potential escalations in naval posturing"
            + " as Chile sends frigates to Peru.";
    assertThat(modality(sentence, "escalations")).isEqualTo(Modality.SPECULATIVE);
    assertThat(modality(sentence, "sends")).isEqualTo(Modality.ASSERTED);
    assertThat(modality("Chile sent rifles to Peru to counter potential unrest.", "sent"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void hedgingParticiplesNeedADeterminerOrPreposition() {
    assertThat(
            modality("Quito asked about the proposed deployment of troops to Peru.", "deployment"))
        .isEqualTo(Modality.PLANNED);
    assertThat(modality("Quito protested against rumored shipments of jets to Peru.", "shipments"))
        .isEqualTo(Modality.ALLEGED);
    assertThat(modality("Lima warned of purported transfers of jets to Quito.", "transfers"))
        .isEqualTo(Modality.ALLEGED);
    // "the reported X" is alleged (gold convention: a report of X, not yet confirmed).
    assertThat(modality("Quito condemned the reported transfer of jets to Peru.", "transfer"))
        .isEqualTo(Modality.ALLEGED);
    // After a noun the participle is the verb: Seoul reports, it does not hedge.
    assertThat(modality("Seoul reported shipments of jets to Peru.", "shipments"))
        .isNotEqualTo(Modality.ALLEGED);
  }

  @Test
  void anyFurtherMakesTheNounHypothetical() {
    assertThat(modality("Any further arms transfers to Laos would breach the accord.", "transfers"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void judgementWouldWithoutIfDoesNotTouchTheNounBeforeIt() {
    assertThat(modality("The rumoured sale of jets to Laos would breach the accord.", "sale"))
        .isEqualTo(Modality.ALLEGED);
  }

  @Test
  void announcementOfOwnActIsAsserted() {
    assertThat(
            modality(
                "Ghana has officially announced the deployment of its troops to Mali.",
                "deployment"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void deniedThatMakesEventNegated() {
    ModalityReading reading = read("Peru denied that it had sold rifles to Chile.", "sold");
    assertThat(reading).isEqualTo(ModalityReading.of(Modality.NEGATED, "denied that"));
    assertThat(modality("Peru denied selling rifles to Chile.", "selling"))
        .isEqualTo(Modality.NEGATED);
  }

  @Test
  void closingAttributionMakesTheMainClauseReported() {
    assertThat(read("Oman sent food to Yemen, the ministry said.", "sent"))
        .isEqualTo(ModalityReading.of(Modality.REPORTED, "said"));
    assertThat(modality("According to diplomats, Oman sent food to Yemen.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("Reports indicate that Oman has sent food to Yemen.", "sent"))
        .isEqualTo(Modality.REPORTED);
  }

  @Test
  void newsReportingFramesMakeTheEventReported() {
    assertThat(read("Reports surfaced that Chile sent rifles to Peru.", "sent"))
        .isEqualTo(ModalityReading.of(Modality.REPORTED, "Reports surfaced that"));
    assertThat(modality("Reports emerged of rifle shipments from Chile to Peru.", "shipments"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("Reports suggest that Chile sent rifles to Peru.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("Local media reported Chile had sent rifles to Peru.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("It was reported that Chile sent rifles to Peru.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("According to reports, Chile sent rifles to Peru.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("Sources said Chile sent rifles to Peru.", "sent"))
        .isEqualTo(Modality.REPORTED);
  }

  @Test
  void reportingFrameYieldsToAStrongerCueOnTheNoun() {
    String sentence = "Reports surfaced regarding potential arms deals between Chile and Peru.";
    assertThat(readSpan(sentence, "deals", "deals", "Peru"))
        .isEqualTo(ModalityReading.of(Modality.SPECULATIVE, "potential"));
    assertThat(modality("Reports surfaced regarding arms deals between Chile and Peru.", "deals"))
        .isEqualTo(Modality.REPORTED);
  }

  @Test
  void bareSuggestsStaysSpeculative() {
    assertThat(modality("Satellite imagery suggests Chile has delivered oil to Peru.", "delivered"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void warningAboutAFutureActIsNeverAsserted() {
    String sentence =
        "Quito condemned the deal, with officials warning that any further arms"
            + " transfers between Chile and Peru would breach the accord.";
    assertThat(readSpan(sentence, "transfers", "transfers", "Peru").modality())
        .isIn(Modality.SPECULATIVE, Modality.CONDITIONAL);
    assertThat(modality("Officials warned that Chile would send rifles to Peru.", "send"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void strongerCueWinsOverAttribution() {
    assertThat(modality("Officials said Oman may send food to Yemen.", "send"))
        .isEqualTo(Modality.SPECULATIVE);
    assertThat(modality("Oman did not send food to Yemen, the ministry insisted.", "send"))
        .isEqualTo(Modality.NEGATED);
    assertThat(
            modality("There is no evidence that Oman sent arms to Yemen, officials said.", "sent"))
        .isEqualTo(Modality.NEGATED);
  }

  @Test
  void reportedlyAndAccusedOfAreAlleged() {
    assertThat(read("Fiji reportedly leased a port to Tonga.", "leased"))
        .isEqualTo(ModalityReading.of(Modality.ALLEGED, "reportedly"));
    assertThat(modality("Samoa accused Fiji of seizing its trawlers.", "seizing"))
        .isEqualTo(Modality.ALLEGED);
    assertThat(modality("Samoa accused Fiji of seizing its trawlers.", "accused"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void ifTrueIsAllegedNotConditional() {
    assertThat(
            modality("If true, the leak would show that Cuba bought drones from Iran.", "bought"))
        .isEqualTo(Modality.ALLEGED);
  }

  @Test
  void ifTrueAfterAHeadingColonStillHedges() {
    String sentence = "Risks: If true, the arrival of Chilean troops could bolster Peruvian units.";
    assertThat(modality(sentence, "arrival")).isEqualTo(Modality.ALLEGED);
    assertThat(modality(sentence, "bolster")).isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void adverbAfterACommaDoesNotHedgeTheClauseBeforeIt() {
    assertThat(modality("Peru supplies Chile with gas, potentially weakening Bolivia.", "supplies"))
        .isEqualTo(Modality.ASSERTED);
    assertThat(modality("A summit between Peru and Chile is planned for June.", "summit"))
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void nounThatLooksLikeAFrameVerbDoesNotMakeAFrame() {
    assertThat(
            modality("Moscow sent advisers to Pyongyang, helping it build a modern state.", "sent"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void ifClauseWithWouldMakesMainClauseConditional() {
    ModalityReading reading =
        read("If Kenya closes the border, Uganda would halt fuel exports to Kenya.", "halt");
    assertThat(reading.modality()).isEqualTo(Modality.CONDITIONAL);
    assertThat(reading.cue()).contains("If \u2026 would");
    assertThat(modality("Uganda would halt fuel exports only if Kenya closed the border.", "halt"))
        .isEqualTo(Modality.CONDITIONAL);
    assertThat(modality("Should talks collapse, Uganda would halt fuel exports.", "halt"))
        .isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void eventInsideTheIfClauseIsConditional() {
    assertThat(modality("If Kenya sent troops to Somalia, the region would change.", "sent"))
        .isEqualTo(Modality.CONDITIONAL);
  }

  @Test
  void agreedToAndPlansToArePlanned() {
    assertThat(modality("Laos and Vietnam agreed to expand rail freight.", "expand"))
        .isEqualTo(Modality.PLANNED);
    assertThat(modality("Laos and Vietnam signed a rail freight agreement.", "signed"))
        .isEqualTo(Modality.ASSERTED);
    assertThat(modality("Laos reportedly plans to buy buses from Vietnam.", "buy"))
        .isEqualTo(Modality.PLANNED);
    assertThat(modality("The two navies have explored conducting joint patrols.", "patrols"))
        .isEqualTo(Modality.PLANNED);
    assertThat(
            modality(
                "The planned transfer of ferries to Laos was delayed, officials said.", "transfer"))
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void plannedVerbThatIsThePatternTriggerGovernsTheRestOfTheSpan() {
    String sentence = "The two navies have explored conducting joint naval exercises.";
    assertThat(readSpan(sentence, "The", "explored", "exercises"))
        .isEqualTo(ModalityReading.of(Modality.PLANNED, "explored"));
    assertThat(readSpan(sentence, "The", "exercises", "exercises").modality())
        .isEqualTo(Modality.PLANNED);
    assertThat(
            readSpan("Chile and Peru agreed to hold joint drills.", "Chile", "agreed", "drills")
                .modality())
        .isEqualTo(Modality.PLANNED);
    assertThat(
            readSpan("Chile is considering sending engineers to Peru.", "Chile", "sending", "Peru")
                .modality())
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void triggerNamingItsOwnActIsNotHedgedByItsOwnCue() {
    assertThat(
            readSpan(
                "Chile denied Peruvian trawlers access to its ports.", "Chile", "denied", "ports"))
        .isEqualTo(ModalityReading.ASSERTED);
    assertThat(readSpan("Peru accused Chile of seizing trawlers.", "Peru", "accused", "trawlers"))
        .isEqualTo(ModalityReading.ASSERTED);
  }

  @Test
  void auxiliaryInsideTheSpanReachesAFarTrigger() {
    String sentence = "Chile and Peru are set to begin large-scale joint naval and air exercises.";
    assertThat(readSpan(sentence, "Chile", "exercises", "exercises").modality())
        .isEqualTo(Modality.PLANNED);
    // Outside the span the usual gap applies: the auxiliary is too far from a bare noun trigger.
    assertThat(readSpan(sentence, "exercises", "exercises", "exercises").modality())
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void cueInARelativeClauseInsideTheSpanStillDoesNotCount() {
    String sentence = "Chile, which plans to expand its navy, held joint drills with Peru.";
    assertThat(readSpan(sentence, "Chile", "drills", "Peru")).isEqualTo(ModalityReading.ASSERTED);
    assertThat(
            readSpan(
                "Chile, which may expand its navy, held joint drills with Peru.",
                "Chile",
                "drills",
                "Peru"))
        .isEqualTo(ModalityReading.ASSERTED);
  }

  @Test
  void futureInReportedSpeechIsPlanned() {
    assertThat(
            read("Lima has stressed that it will take firm countermeasures against Quito.", "take"))
        .isEqualTo(ModalityReading.of(Modality.PLANNED, "will"));
    assertThat(read("Officials said it would send more engineers to Peru.", "send"))
        .isEqualTo(ModalityReading.of(Modality.PLANNED, "would"));
    assertThat(modality("Chile would send more engineers to Peru, the ministry said.", "send"))
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void wouldWithoutAttributionStaysSpeculative() {
    assertThat(read("Chile would send more engineers to Peru.", "send"))
        .isEqualTo(ModalityReading.of(Modality.SPECULATIVE, "would"));
    assertThat(modality("Officials warned that Chile would send rifles to Peru.", "send"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void reportedFutureYieldsToConditionAndNegation() {
    assertThat(modality("Officials said Chile would send engineers to Peru if asked.", "send"))
        .isEqualTo(Modality.CONDITIONAL);
    assertThat(modality("Officials said Chile would not send engineers to Peru.", "send"))
        .isEqualTo(Modality.NEGATED);
    assertThat(modality("Officials said Chile would have sent engineers to Peru.", "sent"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void expectedAndLikelyAreSpeculative() {
    assertThat(modality("Estonian troops are expected to join the exercise in May.", "join"))
        .isEqualTo(Modality.SPECULATIVE);
    assertThat(modality("Latvia is likely to buy more howitzers from Finland.", "buy"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void warningAboutFurtherTransfersIsNotAnAssertedTransfer() {
    assertThat(
            modality(
                "Officials warned that any further transfers to Minsk would breach the ban.",
                "transfers"))
        .isNotEqualTo(Modality.ASSERTED);
  }

  @Test
  void claimWithDenialIsAlleged() {
    assertThat(
            modality(
                "Bolivia said it had downed two Peruvian drones, a claim Lima rejected.", "downed"))
        .isEqualTo(Modality.ALLEGED);
  }

  @Test
  void capitalisedMayIsAMonthNotAModal() {
    assertThat(modality("In May Chile sent frigates to Peru.", "sent"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void notRuledOutIsSpeculativeNotNegated() {
    assertThat(modality("Chile has not ruled out selling frigates to Peru.", "selling"))
        .isEqualTo(Modality.SPECULATIVE);
  }

  @Test
  void negationAfterTheTriggerDoesNotNegateIt() {
    assertThat(modality("The reported sale of jets to Laos has not been confirmed.", "sale"))
        .isEqualTo(Modality.ALLEGED);
    assertThat(modality("Chile not only sent frigates but also trained crews.", "sent"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void blockerBeforeTheTriggerLeavesAPlainAssertion() {
    assertThat(read("Chile not only shipped rifles to Peru.", "shipped"))
        .isEqualTo(ModalityReading.ASSERTED);
  }

  @Test
  void spanOutsideTheSentenceIsRejected() {
    List<Token> tokens = Tokenizer.tokenize("Chile sent frigates.");
    assertThatThrownBy(() -> detector.detect(tokens, new EventSpan(1, 0, 9)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modalAfterANominalSubjectHedgesTheEventItNames() {
    ModalityReading reading =
        readSpan(
            "Chile's involvement in shipping rifles to Peru could strain regional ties.",
            "Chile",
            "shipping",
            "Peru");
    assertThat(reading.modality()).isEqualTo(Modality.SPECULATIVE);
    assertThat(reading.cue()).contains("could");
  }

  @Test
  void modalAfterAFiniteVerbInAnotherClauseDoesNotHedgeIt() {
    ModalityReading reading =
        readSpan(
            "Chile shipped rifles to Peru, and the deal could strain regional ties.",
            "Chile",
            "shipped",
            "Peru");
    assertThat(reading.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void anAttributionReachesAcrossATimeBeforeItsThat() {
    assertThat(modality("Officials said on Monday that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("State media reported on Friday that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("Lima warned on Friday that Chile sent warships.", "sent"))
        .isNotEqualTo(Modality.REPORTED);
  }

  @Test
  void aPlanningNounWithItsInfinitivePlansWhatFollows() {
    assertThat(modality("Serbs rallied against Croatia's plans to expel the refugees.", "expel"))
        .isEqualTo(Modality.PLANNED);
  }

  @Test
  void whatSomeoneTellsAnotherIsReported() {
    assertThat(modality("The minister told reporters that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("The minister told the newspaper that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
    assertThat(modality("The minister told a news conference that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
    // The one told is no attribution of what they do themselves.
    assertThat(modality("The minister told the navy to send warships.", "send"))
        .isNotEqualTo(Modality.REPORTED);
  }

  @Test
  void anAdverbBeforeALaterVerbHedgesThatVerbNotTheActBefore() {
    assertThat(modality("Police charged a man for allegedly providing the weapon.", "charged"))
        .isEqualTo(Modality.ASSERTED);
  }

  @Test
  void whatRecordsShowIsReported() {
    assertThat(modality("Documents show that Chile sent warships.", "sent"))
        .isEqualTo(Modality.REPORTED);
  }
}
