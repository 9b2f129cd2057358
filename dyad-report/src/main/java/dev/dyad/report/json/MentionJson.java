package dev.dyad.report.json;

import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.ClaimMention;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mentions as the JSON Lines contracts of {@code dyad claims} and {@code dyad assessments} write
 * them, so that a mentions cell parses into the same objects.
 */
public final class MentionJson {
  private MentionJson() {}

  /** A claim mention's fields, in contract order. */
  public static Map<String, Object> of(ClaimMention x) {
    Map<String, Object> m =
        sentence(
            x.docId(), x.docUri(), x.familyId(), x.published(), x.sentenceIndex(), x.sentence());
    m.put("modality", x.modality().label());
    m.put("modality_cue", x.modalityCue().orElse(null));
    m.put("event_id", x.eventId());
    return m;
  }

  /** An assessment mention's fields, in contract order. */
  public static Map<String, Object> of(AssessmentMention x) {
    Map<String, Object> m =
        sentence(
            x.docId(), x.docUri(), x.familyId(), x.published(), x.sentenceIndex(), x.sentence());
    m.put("cue", x.cue());
    m.put("trigger", x.trigger());
    return m;
  }

  /** The fields every mention starts with: the sentence and the document it is in. */
  private static Map<String, Object> sentence(
      String docId,
      String docUri,
      String familyId,
      Optional<LocalDate> published,
      int sentenceIndex,
      String sentence) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", docId);
    m.put("doc_uri", docUri);
    m.put("family_id", familyId);
    m.put("published", published.map(LocalDate::toString).orElse(null));
    m.put("sentence_index", sentenceIndex);
    m.put("sentence", sentence);
    return m;
  }
}
