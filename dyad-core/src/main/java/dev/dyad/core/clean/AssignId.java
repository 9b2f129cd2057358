package dev.dyad.core.clean;

/**
 * The stable document id, from the cleaned text by {@link DocumentIds}, so a copy of an article
 * under another name or URL gets the same id. Last, because it reads the final text.
 */
final class AssignId implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    return draft.withId(DocumentIds.of(draft.text()));
  }
}
