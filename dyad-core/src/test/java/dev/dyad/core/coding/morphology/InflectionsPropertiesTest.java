package dev.dyad.core.coding.morphology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.testkit.TryTimeout;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

@TryTimeout(seconds = 10)
class InflectionsPropertiesTest {

  private final Inflections english = Inflections.english();

  @Property
  void verbFormsContainTheLemma(
      @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 16) String lemma) {
    assertThat(english.verbForms(lemma))
        .contains(lemma)
        .allSatisfy(f -> assertThat(f).isNotEmpty());
  }

  @Property
  void nounFormsContainTheLemma(
      @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 16) String lemma) {
    assertThat(english.nounForms(lemma)).contains(lemma).hasSizeBetween(1, 3);
  }

  @Property
  void lemmatizerInvertsTheForms(
      @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 16) String lemma) {
    Lemmatizer lemmatizer = english.lemmatizer(List.of(lemma));
    for (String form : english.verbForms(lemma)) {
      assertThat(lemmatizer.lemma(form)).as(form).contains(lemma);
    }
    for (String form : english.nounForms(lemma)) {
      assertThat(lemmatizer.lemma(form)).as(form).contains(lemma);
    }
  }

  @Property
  void formsOnlyAddLetters(
      @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 16) String lemma) {
    assertThat(english.verbForms(lemma)).allSatisfy(f -> assertThat(f).matches("[a-z]+"));
  }
}
