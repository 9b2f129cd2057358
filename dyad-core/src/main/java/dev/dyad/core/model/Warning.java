package dev.dyad.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something cleaning noticed that a reader should know: a code to test, and the message people read
 * (printed by {@code dyad clean} and kept by the store as it is). Every message is written by a
 * factory here, beside the pattern that reads it back ({@link Code#of(String)}), so wording and
 * code cannot drift apart.
 */
public record Warning(Code code, String message) {

  /** What kind of thing was noticed. */
  public enum Code {
    /** The bytes were not valid UTF-8 and were read in a fallback encoding. */
    ENCODING_FALLBACK("the bytes were not valid UTF-8; read as .*"),
    /** Bytes that no encoding could read were replaced by U+FFFD (lenient decoding). */
    UNDECODABLE_BYTES("\\d+ undecodable bytes? (was|were) replaced by U\\+FFFD"),
    /** jsoup met broken markup (and repaired it as a browser would). */
    MARKUP_ERRORS("HTML markup errors: .*"),
    /** No element of the HTML looked like the main content. */
    NO_MAIN_CONTENT("no main content found in the HTML"),
    /** Almost no text for the markup: the page may load its content by script. */
    LOW_TEXT_RATIO("very low text-to-markup ratio \\(.*"),
    /** The publication date reads as two days (day and month swap). */
    AMBIGUOUS_DATE("publication date \".*\" is ambiguous: .*"),
    /** A section of SEO notes ("Meta Description", keywords) was dropped. */
    SEO_NOTES_DROPPED("dropped SEO notes section \\(\\d+ blocks?\\)"),
    /** The comment area at the end of the page was dropped. */
    COMMENT_AREA_DROPPED("dropped comment area at the end \\(\\d+ blocks?\\)"),
    /** A closing line written for search engines was dropped. */
    SEO_CLOSING_DROPPED("dropped SEO closing line"),
    /** Short image captions with a photo credit were dropped. */
    CAPTIONS_DROPPED("dropped \\d+ image captions?"),
    /** Words run together ("solidifymilitary") were split. */
    WORDS_REPAIRED("repaired \\d+ run-together words?"),
    /** Nothing was left once the chrome was gone. */
    NO_TEXT_LEFT("no text left after cleaning"),
    /** A message this version does not write (a store kept it from an older wording). */
    OTHER(null);

    private final Pattern message;

    Code(String message) {
      this.message = message == null ? null : Pattern.compile(message, Pattern.DOTALL);
    }

    /** The code of a warning's message, as the store keeps it or as printed. */
    public static Code of(String message) {
      for (Code c : values()) {
        if (c.message != null && c.message.matcher(message).matches()) {
          return c;
        }
      }
      return OTHER;
    }
  }

  public Warning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The warning a stored or printed message stands for. */
  public static Warning of(String message) {
    return new Warning(Code.of(message), message);
  }

  public static Warning encodingFallback(String encoding) {
    return new Warning(
        Code.ENCODING_FALLBACK, "the bytes were not valid UTF-8; read as " + encoding);
  }

  /**
   * @param count how many bytes were replaced, as the ingest metadata gives it
   */
  public static Warning undecodableBytes(String count) {
    return new Warning(
        Code.UNDECODABLE_BYTES,
        count
            + " undecodable byte"
            + (count.equals("1") ? " was" : "s were")
            + " replaced by U+FFFD");
  }

  /**
   * @param count how many errors, as written ("3", "10 or more")
   * @param quoted the first few errors, quoted
   */
  public static Warning markupErrors(String count, String quoted) {
    return new Warning(Code.MARKUP_ERRORS, "HTML markup errors: " + count + " (" + quoted + ")");
  }

  public static Warning noMainContent() {
    return new Warning(Code.NO_MAIN_CONTENT, "no main content found in the HTML");
  }

  /**
   * @param ratio text characters per markup character
   */
  public static Warning lowTextRatio(double ratio) {
    return new Warning(
        Code.LOW_TEXT_RATIO,
        String.format(
            Locale.ROOT,
            "very low text-to-markup ratio (%.2f%%): the page may load its content by script",
            ratio * 100));
  }

  /**
   * @param readings the dates it can be, as ISO dates
   */
  public static Warning ambiguousDate(String evidence, List<String> readings) {
    return new Warning(
        Code.AMBIGUOUS_DATE,
        "publication date \"" + evidence + "\" is ambiguous: " + String.join(" or ", readings));
  }

  public static Warning seoNotesDropped(int blocks) {
    return new Warning(Code.SEO_NOTES_DROPPED, "dropped SEO notes section (" + blocks + " blocks)");
  }

  public static Warning commentAreaDropped(int blocks) {
    return new Warning(
        Code.COMMENT_AREA_DROPPED, "dropped comment area at the end (" + blocks + " blocks)");
  }

  public static Warning seoClosingDropped() {
    return new Warning(Code.SEO_CLOSING_DROPPED, "dropped SEO closing line");
  }

  public static Warning captionsDropped(int captions) {
    return new Warning(
        Code.CAPTIONS_DROPPED,
        "dropped " + captions + " image caption" + (captions == 1 ? "" : "s"));
  }

  public static Warning wordsRepaired(int repairs) {
    return new Warning(
        Code.WORDS_REPAIRED,
        "repaired " + repairs + " run-together word" + (repairs == 1 ? "" : "s"));
  }

  public static Warning noTextLeft() {
    return new Warning(Code.NO_TEXT_LEFT, "no text left after cleaning");
  }
}
