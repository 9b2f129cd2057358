package dev.dyad.core.clean;

/**
 * One step of cleaning: takes the document as cleaned so far and hands it on cleaned one step
 * further. {@link DocumentCleaner} folds a list of steps over a {@link Draft}; each step is a small
 * class named for its job, so the list prints itself ({@link DocumentCleaner#describe()}).
 */
@FunctionalInterface
interface CleaningStep {

  /** The draft after this step. Never throws on bad input: what it cannot mend is a warning. */
  Draft apply(Draft draft);
}
