/**
 * Event patterns: the human-editable files under {@code dev/dyad/core/coding/patterns/}, their
 * parser, the book that indexes them by trigger word, and the matcher that binds their slots.
 * Public only for the coder in {@code dev.dyad.core.coding}.
 */
package dev.dyad.core.coding.patterns;
