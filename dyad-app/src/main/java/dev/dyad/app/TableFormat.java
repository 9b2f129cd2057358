package dev.dyad.app;

/**
 * How table-like commands print: a table for a person, JSON Lines for tools, CSV for spreadsheets.
 */
enum TableFormat {
  text,
  jsonl,
  csv
}
