/**
 * Dictionary sets: Dyad's built-in dictionaries, the field's TABARI and PETRARCH dictionaries
 * (actors, agents, discards and verb patterns in both syntaxes), or both merged, read once and
 * compiled into Dyad's own {@link dev.dyad.core.actors.ActorDictionary} and {@link
 * dev.dyad.core.coding.patterns.PatternBook}, so that one coder runs any of them.
 *
 * <p>Start with {@link dev.dyad.core.dictionaries.DictionarySpec#parse(String)} ({@code builtin},
 * {@code petrarch:FILE.ini}, {@code builtin+petrarch:FILE.ini}), then {@link
 * dev.dyad.core.dictionaries.DictionarySet#load(DictionarySpec)}; its {@link
 * dev.dyad.core.dictionaries.LoadSummary} says what was read, merged and skipped, and why. A bad
 * line is reported with its file and line and skipped; it never stops the load.
 */
package dev.dyad.core.dictionaries;
