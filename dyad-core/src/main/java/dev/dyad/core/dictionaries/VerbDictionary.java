package dev.dyad.core.dictionaries;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a TABARI/PETRARCH verb file holds, before it is compiled into event patterns.
 *
 * @param synsets the synonym sets by name (without {@code &} and a final {@code _})
 * @param blocks the verb blocks in file order
 * @param transformations the {@code ~} lines
 */
record VerbDictionary(
    Map<String, Synset> synsets, List<Block> blocks, List<Transformation> transformations) {
  VerbDictionary {
    synsets = Map.copyOf(synsets);
    blocks = List.copyOf(blocks);
    transformations = List.copyOf(transformations);
  }

  /**
   * A synonym set.
   *
   * @param name its label without {@code &}
   * @param members its phrases as written (words single-spaced), which may name other synsets
   * @param plurals whether plurals are made for its members (not when the label ends with {@code
   *     _})
   * @param line where it is defined
   */
  record Synset(String name, List<Member> members, boolean plurals, int line) {
    Synset {
      members = List.copyOf(members);
    }
  }

  /**
   * A member of a synset.
   *
   * @param phrase the words, single-spaced ({@code &NAME} for another synset)
   * @param plural whether a plural is made for it
   */
  record Member(String phrase, boolean plural) {}

  /**
   * A verb block: verbs that share their patterns.
   *
   * @param name the block's name from its {@code ---} line
   * @param code the block's code ({@code ---} when none)
   * @param line its {@code ---} line
   * @param verbs the verbs of the block
   * @param patterns its patterns
   */
  record Block(String name, String code, int line, List<Verb> verbs, List<Pattern> patterns) {
    Block {
      verbs = List.copyOf(verbs);
      patterns = List.copyOf(patterns);
    }
  }

  /**
   * A verb and its forms.
   *
   * @param lemma the verb as written first on its line (upper case, single-spaced)
   * @param forms every form that triggers it, single-spaced phrases ("wire tapped")
   * @param code its own code, when it has one (else the block's)
   * @param line where it is written
   * @param regular whether its forms were made by rule rather than listed in {…}
   */
  record Verb(String lemma, List<String> forms, Optional<String> code, int line, boolean regular) {
    Verb {
      forms = List.copyOf(forms);
    }
  }

  /**
   * A pattern line.
   *
   * @param body the pattern between {@code -} and its code
   * @param code the code in its brackets
   * @param line where it is written
   */
  record Pattern(String body, String code, int line) {}

  /**
   * A transformation: "~ a (b . ATTACK) SAY = a b 112" reads "when a says that b attacks, code a b
   * 112".
   *
   * @param outer the outer source's letter
   * @param innerSource the inner source's letter, {@code .} for any actor or {@code _} for none
   * @param innerTarget the inner target's letter, {@code .} or {@code _}
   * @param innerVerb the inner verb, or {@code Q} for any verb
   * @param outerVerb the outer verb
   * @param source the result's source letter
   * @param target the result's target letter
   * @param code the result's code, or {@code Q} for the inner verb's
   * @param line where it is written
   * @param text the line
   */
  record Transformation(
      String outer,
      String innerSource,
      String innerTarget,
      String innerVerb,
      String outerVerb,
      String source,
      String target,
      String code,
      int line,
      String text) {}
}
