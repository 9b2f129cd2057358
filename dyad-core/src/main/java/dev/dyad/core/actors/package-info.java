/**
 * Actors: human-editable actor dictionaries and a longest-match matcher that finds coded actors
 * (CAMEO-style codes such as {@code PRKMIL}) in a sentence.
 *
 * <p>Start with {@link dev.dyad.core.actors.ActorDictionary#builtIn()}, optionally {@link
 * dev.dyad.core.actors.ActorDictionary#withOverrides(java.nio.file.Path)}, then {@link
 * dev.dyad.core.actors.ActorMatcher#find(String, java.util.Optional)}. The dictionary format is
 * described on {@link dev.dyad.core.actors.ActorDictionary}.
 */
package dev.dyad.core.actors;
