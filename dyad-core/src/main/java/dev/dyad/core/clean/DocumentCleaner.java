package dev.dyad.core.clean;

import dev.dyad.core.model.Document;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.text.Sentences;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Cleans one raw document by folding a fixed list of {@link CleaningStep}s over it: extract the
 * main content as blocks, repair each block's text, find the publication date (before chrome
 * removal, since datelines are chrome), drop web chrome, find the title, repair words run together
 * (after chrome removal, so the document's own vocabulary is clean evidence), split sentences, and
 * derive the id from the final text. Stateless and thread-safe.
 */
public final class DocumentCleaner {
  private final List<CleaningStep> steps =
      List.of(
          new ExtractContent(),
          new NormalizeText(),
          new StripTagFragments(),
          new FindPublicationDate(),
          new DropChrome(),
          new FindTitle(),
          new RepairRunTogetherWords(),
          new SplitSentences(new Sentences()),
          new AssignId());

  /** The cleaning steps in order, one per line: each step's class name. */
  public String describe() {
    return steps.stream().map(s -> s.getClass().getSimpleName()).collect(Collectors.joining("\n"));
  }

  public Document clean(RawDocument raw) {
    Draft draft = Draft.of(raw);
    for (CleaningStep step : steps) {
      draft = step.apply(draft);
    }
    return draft.toDocument();
  }
}
