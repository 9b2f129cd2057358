package dev.dyad.app;

/** How list commands print: a table for a person, or JSON Lines for tools. */
enum ListFormat {
  text,
  jsonl
}
