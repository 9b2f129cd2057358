package dev.dyad.core.model;

import java.util.Objects;

/**
 * A unit of a document's layout: a heading, a paragraph or a list item. Cleaning works on blocks so
 * that a heading is never glued to the sentence after it.
 */
public record Block(Kind kind, String text) {

  /** The layout role of a block. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Block heading(String text) {
    return new Block(Kind.HEADING, text);
  }

  public static Block paragraph(String text) {
    return new Block(Kind.PARAGRAPH, text);
  }

  public static Block item(String text) {
    return new Block(Kind.LIST_ITEM, text);
  }

  public Block withText(String newText) {
    return new Block(kind, newText);
  }
}
