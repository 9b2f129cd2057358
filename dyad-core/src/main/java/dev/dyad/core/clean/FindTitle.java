package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import java.util.List;
import java.util.Optional;

/**
 * The title: the source's or the body's own when given (then blocks that only repeat it go, as
 * plain text often prints the headline twice), else the leading block {@link TitleDetector} takes
 * for a headline.
 */
final class FindTitle implements CleaningStep {

  @Override
  public Draft apply(Draft draft) {
    Optional<String> given =
        draft.raw().title().or(draft.extracted()::title).map(TextNormalizer::normalize);
    if (given.isPresent()) {
      return draft.withTitle(given).withBlocks(withoutRepeatsOf(given.get(), draft.blocks()));
    }
    TitleDetector.Titled titled = TitleDetector.split(draft.blocks());
    return draft.withTitle(titled.title()).withBlocks(titled.body());
  }

  /** The body without blocks that only repeat the headline. */
  private static List<Block> withoutRepeatsOf(String title, List<Block> blocks) {
    String key = DocumentIds.normalise(title);
    return blocks.stream()
        .filter(
            b ->
                b.text().length() > title.length() * 2
                    || !DocumentIds.normalise(b.text()).equals(key))
        .toList();
  }
}
