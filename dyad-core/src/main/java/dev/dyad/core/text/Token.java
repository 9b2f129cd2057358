package dev.dyad.core.text;

/**
 * A token of a sentence or an alias.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param form normalised text: accents removed, curly apostrophes and dashes straightened, the
 *     final dot of an abbreviation dropped ({@code U.S.} becomes {@code U.S})
 * @param key {@code form} in lower case, the trie key
 * @param possessive whether it is a possessive ending ({@code 's} or a bare {@code '})
 */
public record Token(int start, int end, String form, String key, boolean possessive) {}
