/**
 * Who a sentence names: actor mentions as the parties that fill pattern slots, coordinations
 * ("Seoul, Tokyo and Washington"), and referring phrases ("the two countries", "it") resolved
 * against the document so far. Public only for the coder in {@code dev.dyad.core.coding}.
 */
package dev.dyad.core.coding.mentions;
