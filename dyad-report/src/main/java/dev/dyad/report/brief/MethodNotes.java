package dev.dyad.report.brief;

import java.util.ArrayList;
import java.util.List;

/** The brief's own footnote on method: what each section holds and how the numbers are made. */
final class MethodNotes {
  private MethodNotes() {}

  static List<String> of(BriefSubject subject, boolean bounded, int historicalLeftOut) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Developments are claims: the reports of one event merged across sentences and articles."
            + " Independent sources are source families: a syndicated or lightly edited copy of an article"
            + " is not a second source.");
    notes.add(
        "Key developments are confirmed (asserted or reported by two or more independent sources)"
            + " or reported (by one) claims "
            + subject.phrase()
            + ". Unconfirmed are alleged claims, and"
            + " disputed ones (stated in one source and denied in another). Planned, conditional and denied"
            + " claims are not facts: they are listed apart at the end of Unconfirmed. Events the sources"
            + " only speculate about are listed under Assessments and never count as developments.");
    if (subject.isDyad()) {
      notes.add(
          "Reactions are claims with a third party on one side and "
              + ActorNames.phrase(subject.members().get(0))
              + " or "
              + ActorNames.phrase(subject.members().get(1))
              + " on the other, grouped by the third party; an act toward both sides reported in the same"
              + " articles is one reaction.");
    } else {
      String who = ActorNames.phrase(subject.members().get(0));
      notes.add(
          "Reactions are what others did toward "
              + who
              + "; what "
              + who
              + " did, alone or together with others, is under the developments, and so is every alleged"
              + " or disputed claim involving "
              + who
              + ", whoever acted.");
    }
    notes.add(
        "A claim's date is the store's claim date: the day or month the text gives for the event in"
            + " its earliest dated report, else the day its first report was published.");
    notes.add(
        "Each quote is the most direct sentence for its claim: asserted or reported before alleged,"
            + " then the shortest clean one.");
    if (historicalLeftOut > 0) {
      notes.add(
          Plural.of(historicalLeftOut, "claim about the past", "claims about the past")
              + " (coded historical, such as Cold War background) "
              + (historicalLeftOut == 1 ? "is" : "are")
              + " left out.");
    }
    notes.add(
        "Assessments are forecasts (\"could\", \"may\", \"risk of\") grouped by topic; a topic counts"
            + " the independent sources that voice it. Forecasts that name no actor are kept when they come"
            + " from an article read for this brief.");
    if (bounded) {
      notes.add(
          "A claim is in this period's brief when it was reported within the period; its counts and"
              + " quotes include its reports outside it. Undated articles are not read for a period.");
    }
    notes.add(
        "Speculative sentences are those that gave a speculative or conditional event or voice an"
            + " assessment, counted over all sentences of the articles read.");
    notes.add("Written from the store by templates; nothing was sent to an outside service.");
    return notes;
  }
}
