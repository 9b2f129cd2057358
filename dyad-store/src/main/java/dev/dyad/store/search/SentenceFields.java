package dev.dyad.store.search;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** The index's fields, and the Lucene documents (one per sentence) of a Dyad document. */
final class SentenceFields {
  /** Dyad document id; the key for replacing a document's sentences. */
  static final String DOC_ID = "doc_id";

  /** Position of the sentence in its document, from 0; a point and doc value for range and sort. */
  static final String SENTENCE_INDEX = "sentence_index";

  static final String URI = "uri";

  /** ISO publication date when known for sure; absent otherwise. */
  static final String PUBLISHED = "published";

  /** The sentence, analysed by {@link SentenceAnalyzer}: the only field user queries search. */
  static final String TEXT = "text";

  /** Layout role of the sentence's block: heading, paragraph or list_item. */
  static final String KIND = "kind";

  private SentenceFields() {}

  static Term idTerm(String docId) {
    return new Term(DOC_ID, docId);
  }

  static List<org.apache.lucene.document.Document> of(Document doc) {
    List<org.apache.lucene.document.Document> out = new ArrayList<>(doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      out.add(of(doc, s));
    }
    return out;
  }

  private static org.apache.lucene.document.Document of(Document doc, Sentence s) {
    var d = new org.apache.lucene.document.Document();
    d.add(new StringField(DOC_ID, doc.id(), Field.Store.YES));
    d.add(new IntPoint(SENTENCE_INDEX, s.index()));
    d.add(new NumericDocValuesField(SENTENCE_INDEX, s.index()));
    d.add(new StoredField(SENTENCE_INDEX, s.index()));
    d.add(new StoredField(URI, doc.uri()));
    doc.published().date().ifPresent(date -> d.add(new StoredField(PUBLISHED, date.toString())));
    d.add(new TextField(TEXT, s.text(), Field.Store.YES));
    d.add(new StringField(KIND, s.kind().name().toLowerCase(Locale.ROOT), Field.Store.YES));
    return d;
  }
}
