package dev.dyad.core;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.core.actors.ActorMatcher;
import dev.dyad.core.actors.ActorMention;
import dev.dyad.core.actors.ArticleActors;
import dev.dyad.core.actors.SentenceActor;
import dev.dyad.core.clean.DocumentCleaner;
import dev.dyad.core.coding.Event;
import dev.dyad.core.coding.EventCoder;
import dev.dyad.core.coding.modality.CueModalityDetector;
import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.InputProgress;
import dev.dyad.core.model.DataError;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.time.EventDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Dyad's per-document pipeline: ingest, clean, then find the actors and code the events of each
 * document. A lazy stream from inputs to documents, in constant memory; bad input is reported to
 * {@link Problems} and the batch goes on. Merging events into claims across documents is {@link
 * CorpusAnalysis}'s job (and the store's).
 */
public final class Pipeline {
  private final PipelineConfig config;
  private final DocumentCleaner cleaner;
  private final EventCoder coder;
  private final ActorDictionary dictionary;
  private final ActorMatcher matcher;
  private final DictionarySet dictionaries;

  private Pipeline(PipelineConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.cleaner = new DocumentCleaner();
    this.dictionaries = DictionarySet.load(config.dictionaries());
    this.dictionary =
        config.actors().map(dictionaries.actors()::withOverrides).orElse(dictionaries.actors());
    this.matcher = new ActorMatcher(dictionary);
    this.coder =
        new EventCoder(
            matcher,
            CueModalityDetector.builtIn(),
            EventDates::date,
            dictionaries.patterns(),
            dictionaries.discards());
  }

  /**
   * The standard pipeline. Its stages are thread-safe, so one instance can serve many threads.
   *
   * @throws dev.dyad.core.dictionaries.DictionaryLoadException when a file of the dictionary set
   *     cannot be read
   */
  public static Pipeline standard(PipelineConfig config) {
    return new Pipeline(config);
  }

  /** The dictionary set it codes with: its spec, content hash and load summary. */
  public DictionarySet dictionaries() {
    return dictionaries;
  }

  /** Cleaned documents from the given paths (files, directories, or {@code -} for stdin). */
  public Stream<Document> documents(List<String> inputs, Problems problems) {
    return documents(inputs, problems, InputProgress.NONE);
  }

  /** As {@link #documents(List, Problems)}, counting the input bytes read into {@code progress}. */
  public Stream<Document> documents(
      List<String> inputs, Problems problems, InputProgress progress) {
    return Ingest.read(inputs, config.ingest(), problems, progress)
        .map(raw -> clean(raw, problems))
        .flatMap(Optional::stream);
  }

  /** Cleans one document; a failure inside Dyad is reported against that document, not thrown. */
  public Optional<Document> clean(RawDocument raw, Problems problems) {
    try {
      return Optional.of(cleaner.clean(raw));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a cleaning rule must cost one document, never the batch.
      problems.fail(
          DataError.Code.INTERNAL,
          raw.origin(),
          "Dyad failed while cleaning this document (" + e + "); please report it");
      return Optional.empty();
    }
  }

  /** The actor dictionary in use: the dictionary set's, with the user's entries when given. */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** The events of one cleaned document; a failure inside Dyad is reported, not thrown. */
  public List<Event> events(Document doc, Problems problems) {
    try {
      return coder.code(doc);
    } catch (RuntimeException | StackOverflowError e) {
      problems.fail(
          DataError.Code.INTERNAL,
          doc.origin(),
          "Dyad failed while coding this document (" + e + "); please report it");
      return List.of();
    }
  }

  /** Every dictionary actor named in the document's sentences, as of its publication date. */
  public List<SentenceActor> actors(Document doc) {
    List<SentenceActor> out = new ArrayList<>();
    List<Sentence> sentences = doc.sentences();
    ArticleActors article =
        matcher
            .article(sentences.stream().map(Sentence::text).toList(), doc.published().date())
            .title(doc.title());
    for (int i = 0; i < sentences.size(); i++) {
      for (ActorMention m : article.mentions(i)) {
        out.add(new SentenceActor(sentences.get(i).index(), m));
      }
    }
    return out;
  }

  /**
   * The stages in order, one per line, as {@code dyad clean --explain} prints them; the cleaning
   * steps come from the cleaner's own list.
   */
  public String describe() {
    return String.join(
        "\n",
        "ingest  "
            + Ingest.class.getName()
            + " (max document "
            + config.ingest().maxDocumentBytes()
            + " bytes)",
        cleaner.describe().lines().map(step -> "clean   " + step).collect(Collectors.joining("\n")),
        "actors  "
            + ActorMatcher.class.getSimpleName()
            + config.actors().map(p -> " + " + p).orElse(""),
        "code    "
            + EventCoder.class.getSimpleName()
            + " (modality "
            + CueModalityDetector.class.getSimpleName()
            + ", dates "
            + EventDates.class.getSimpleName()
            + ", dictionaries "
            + dictionaries.spec().text()
            + " "
            + dictionaries.hash()
            + ")");
  }
}
