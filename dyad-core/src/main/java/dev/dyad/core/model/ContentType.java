package dev.dyad.core.model;

/** What the body of a {@link RawDocument} is written in, which decides how it is cleaned. */
public enum ContentType {
  TEXT,
  MARKDOWN,
  HTML
}
