/**
 * Dyad's JSON Lines contracts: one compact object per line for {@code dyad clean --json}, {@code
 * dyad code}, {@code dyad claims}, {@code dyad assessments}, {@code dyad search} and the analytics
 * commands, each a map of snake_case fields in a fixed order, written by the one mapper ({@link
 * dev.dyad.report.json.Json}). Field names are a contract other tools read: add fields, never
 * rename. The CSV exports put the same nested values in cells.
 */
package dev.dyad.report.json;
