package dev.dyad.core.coding.mentions;

import java.util.List;

/**
 * A run of tokens that can fill an actor slot: one mention, a coordination ("Seoul, Tokyo and
 * Washington"), or a resolved reference ("the two countries").
 *
 * @param first first token
 * @param last last token (inclusive)
 * @param parties the actors it names, in order
 * @param oneOf whether {@code parties} are ranked alternatives for one actor (a pronoun), rather
 *     than all of them
 * @param reference whether it was resolved by coreference
 */
public record SlotFill(int first, int last, List<Party> parties, boolean oneOf, boolean reference) {
  public SlotFill {
    parties = List.copyOf(parties);
  }

  public int length() {
    return last - first + 1;
  }
}
