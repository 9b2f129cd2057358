package dev.dyad.store.export;

import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.ClaimMention;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mentions as the JSON Lines contracts of {@code dyad claims} and {@code dyad assessments} write
 * them, so that a mentions cell parses into the same objects.
 */
public final class MentionJson {
  private MentionJson() {}

  /** A claim mention's fields, in contract order. */
  public static Map<String, Object> of(ClaimMention x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", x.docId());
    m.put("doc_uri", x.docUri());
    m.put("family_id", x.familyId());
    m.put("published", x.published().map(LocalDate::toString).orElse(null));
    m.put("sentence_index", x.sentenceIndex());
    m.put("sentence", x.sentence());
    m.put("modality", x.modality().label());
    m.put("modality_cue", x.modalityCue().orElse(null));
    m.put("event_id", x.eventId());
    return m;
  }

  /** An assessment mention's fields, in contract order. */
  public static Map<String, Object> of(AssessmentMention x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", x.docId());
    m.put("doc_uri", x.docUri());
    m.put("family_id", x.familyId());
    m.put("published", x.published().map(LocalDate::toString).orElse(null));
    m.put("sentence_index", x.sentenceIndex());
    m.put("sentence", x.sentence());
    m.put("cue", x.cue());
    m.put("trigger", x.trigger());
    return m;
  }
}
