package dev.dyad.core.claims;

import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventActor;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.core.coding.ontology.EventType;
import dev.dyad.core.model.EventDate;
import java.time.LocalDate;
import java.util.Optional;

/** A small builder of events for claim tests: a transfer from North Korea to Russia by default. */
final class ClaimEvents {
  private String doc = "doc1";
  private int sentence = 0;
  private String source = "PRK";
  private String target = "RUS";
  private EventType type = EventType.AID;
  private String mode = "military";
  private Modality modality = Modality.ASSERTED;
  private String object;
  private String date;
  private EventDate.Basis basis = EventDate.Basis.NONE;
  private boolean historical;
  private String pattern = "aid.send.weapons";
  private LocalDate published = LocalDate.of(2024, 10, 20);

  static ClaimEvents event() {
    return new ClaimEvents();
  }

  ClaimEvents doc(String id) {
    this.doc = id;
    return this;
  }

  ClaimEvents sentence(int index) {
    this.sentence = index;
    return this;
  }

  ClaimEvents dyad(String s, String t) {
    this.source = s;
    this.target = t;
    return this;
  }

  ClaimEvents type(EventType t, String m) {
    this.type = t;
    this.mode = m;
    return this;
  }

  ClaimEvents modality(Modality m) {
    this.modality = m;
    return this;
  }

  ClaimEvents object(String o) {
    this.object = o;
    return this;
  }

  ClaimEvents date(String d) {
    this.date = d;
    this.basis = EventDate.Basis.TEXT;
    return this;
  }

  ClaimEvents historical() {
    this.historical = true;
    return this;
  }

  ClaimEvents pattern(String p) {
    this.pattern = p;
    return this;
  }

  ClaimEvents published(LocalDate d) {
    this.published = d;
    return this;
  }

  Event build() {
    String text = "Invented sentence " + sentence + " naming " + source + " and " + target + ".";
    String id =
        ClaimHash.of(
            doc,
            Integer.toString(sentence),
            source,
            target,
            type.name(),
            pattern,
            String.valueOf(object),
            modality.name(),
            String.valueOf(date),
            String.valueOf(historical));
    return new Event(
        id,
        doc,
        "test:" + doc,
        Optional.ofNullable(published),
        sentence,
        text,
        new Event.Span(0, 8),
        new EventActor(source, source),
        target == null ? Optional.empty() : Optional.of(new EventActor(target, target)),
        type,
        Optional.ofNullable(mode),
        "070",
        2,
        7.0,
        modality,
        Optional.empty(),
        Optional.ofNullable(date),
        basis,
        historical,
        pattern,
        0.9,
        Optional.ofNullable(object));
  }
}
