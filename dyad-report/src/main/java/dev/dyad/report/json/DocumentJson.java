package dev.dyad.report.json;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Lines contract of {@code dyad clean --json}: one object per document. Field names are a
 * contract other tools read: add fields, never rename.
 */
public final class DocumentJson {
  private DocumentJson() {}

  /** The document's line. */
  public static String line(Document d) {
    return Json.write(fields(d));
  }

  /** The document's fields, in contract order. */
  public static Map<String, Object> fields(Document d) {
    PublicationDate p = d.published();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", d.id());
    m.put("uri", d.uri());
    m.put("origin", d.origin());
    m.put("title", d.title().orElse(null));
    m.put("published", p.date().map(LocalDate::toString).orElse(null));
    m.put("published_alternatives", p.alternatives().stream().map(LocalDate::toString).toList());
    m.put("published_source", p.basis().name().toLowerCase(Locale.ROOT));
    m.put("published_evidence", p.evidence().isEmpty() ? null : p.evidence());
    m.put("sentences", d.sentences().stream().map(Sentence::text).toList());
    m.put("warnings", d.warnings().stream().map(Warning::message).toList());
    return m;
  }
}
