package dev.dyad.core.time;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.PublicationDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds when a document was published: from a metadata string first, else from a dateline at the
 * top of the text. Never guesses: a numeric date whose day and month could be swapped
 * ("07-11-2024") is returned as ambiguous with both readings, and dates inside body sentences ("on
 * 5 March 2023 the army…") are ignored because they name events, not publication.
 */
public final class PublicationDates {
  /** The top of a document: this many blocks… */
  static final int TOP_BLOCKS = 5;

  /** …within this many characters, plus any short line before the first body paragraph. */
  static final int TOP_CHARS = 300;

  /** A paragraph this long is body text, not page furniture. */
  static final int BODY_PARAGRAPH = 200;

  /** Give up looking for the body after this many blocks (a page of short lines). */
  static final int MAX_BLOCKS = 40;

  private PublicationDates() {}

  /**
   * Reads a metadata date: ISO 8601 date, date-time or instant (the local date as written, the
   * offset ignored), RFC 1123/822 as in RSS, "2023/11/15", "November 15, 2023", "15 November 2023",
   * "Nov. 15, 2023". Empty when it holds no plausible date (years 1900..2100, real days).
   */
  public static Optional<PublicationDate> fromMetadata(String raw) {
    return MetadataDates.parse(raw);
  }

  /**
   * Looks for a dateline at the top of the text: in the first blocks and characters, and in any
   * short line before the first body paragraph. {@link PublicationDate#UNKNOWN} when there is none.
   * A line that gives an update ("Updated: …") is used only when no other dateline is found.
   */
  public static PublicationDate fromText(List<Block> blocks) {
    Optional<Datelines.Dateline> update = Optional.empty();
    int chars = 0;
    boolean bodySeen = false;
    for (int i = 0; i < blocks.size() && i < MAX_BLOCKS; i++) {
      boolean top = i < TOP_BLOCKS && chars < TOP_CHARS;
      if (!top && bodySeen) {
        break;
      }
      String text = blocks.get(i).text();
      Optional<Datelines.Dateline> line = Datelines.read(text);
      if (line.isPresent()) {
        if (!line.get().update()) {
          return toDate(line.get());
        }
        update = update.or(() -> line);
      }
      chars += text.strip().length();
      bodySeen |= isBody(blocks.get(i));
    }
    return update.map(PublicationDates::toDate).orElse(PublicationDate.UNKNOWN);
  }

  /** The metadata date when it parses, else a dateline in the text, else unknown. */
  public static PublicationDate find(Optional<String> metadata, List<Block> blocks) {
    return metadata.flatMap(PublicationDates::fromMetadata).orElseGet(() -> fromText(blocks));
  }

  /**
   * The date of a line when the line is a dateline, for filters that drop datelines from the text.
   * Empty for a line whose date is part of a sentence.
   */
  public static Optional<DateMatch> firstDateline(String line) {
    return Datelines.read(line).map(Datelines.Dateline::match);
  }

  private static boolean isBody(Block block) {
    return block.kind() == Block.Kind.PARAGRAPH && block.text().strip().length() >= BODY_PARAGRAPH;
  }

  private static PublicationDate toDate(Datelines.Dateline line) {
    return line.match().toPublicationDate(PublicationDate.Basis.TEXT, line.evidence());
  }
}
