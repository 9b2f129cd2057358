package dev.dyad.core.coding.morphology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InflectionsTest {

  private final Inflections english = Inflections.english();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // regular, e-drop, y -> ies/ied, sibilants
        "provide|provide provides provided providing",
        "supply|supply supplies supplied supplying",
        "deploy|deploy deploys deployed deploying",
        "impose|impose imposes imposed imposing",
        "sanction|sanction sanctions sanctioned sanctioning",
        "condemn|condemn condemns condemned condemning",
        "accuse|accuse accuses accused accusing",
        "deny|deny denies denied denying",
        "push|push pushes pushed pushing",
        "agree|agree agrees agreed agreeing",
        "tie|tie ties tied tying",
        "veto|veto vetoes vetoed vetoing",
        "visit|visit visits visited visiting",
        "target|target targets targeted targeting",
        // doubling: table, and the one-syllable rule
        "ship|ship ships shipped shipping",
        "plan|plan plans planned planning",
        "ban|ban bans banned banning",
        "transfer|transfer transfers transferred transferring",
        "commit|commit commits committed committing",
        "occur|occur occurs occurred occurring",
        "shop|shop shops shopped shopping",
        "quit|quit quits quitted quitting",
        "fix|fix fixes fixed fixing",
        "travel|travel travels travelled traveled travelling traveling",
        "panic|panic panics panicked panicking",
        // irregular
        "send|send sends sent sending",
        "meet|meet meets met meeting",
        "hold|hold holds held holding",
        "withdraw|withdraw withdraws withdrew withdrawn withdrawing",
        "strike|strike strikes struck stricken striking",
        "fight|fight fights fought fighting",
        "begin|begin begins began begun beginning",
        "forbid|forbid forbids forbade forbad forbidden forbidding",
        "seek|seek seeks sought seeking",
        "lead|lead leads led leading",
        "shoot|shoot shoots shot shooting",
        "split|split splits splitting",
        "give|give gives gave given giving",
        "be|be is am are was were been being",
        // both spellings of -ize/-ise and -yze/-yse
        "mobilize|mobilize mobilizes mobilized mobilizing mobilise mobilises mobilised mobilising",
        "mobilise|mobilise mobilises mobilised mobilising mobilize mobilizes mobilized mobilizing",
        "analyse|analyse analyses analysed analysing analyze analyzes analyzed analyzing",
        "advise|advise advises advised advising",
        "seize|seize seizes seized seizing",
        "praise|praise praises praised praising",
      })
  void verbForms(String lemma, String forms) {
    assertThat(english.verbForms(lemma)).containsExactlyInAnyOrder(forms.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "troop|troop troops",
        "munition|munition munitions",
        "ally|ally allies",
        "day|day days",
        "crisis|crisis crises",
        "analysis|analysis analyses",
        "church|church churches",
        "box|box boxes",
        "man|man men",
        "woman|woman women",
        "spokesman|spokesman spokesmen",
        "gunman|gunman gunmen",
        "human|human humans",
        "person|person people persons",
        "child|child children",
        "embargo|embargo embargoes",
        "photo|photo photos",
        "aircraft|aircraft",
        "monarch|monarch monarchs",
        "life|life lives",
        "chief|chief chiefs",
        "criterion|criterion criteria",
      })
  void nounForms(String lemma, String forms) {
    assertThat(english.nounForms(lemma)).containsExactlyInAnyOrder(forms.split(" "));
  }

  @Test
  void reverseMapInvertsEveryTableEntryOnItsOwn() {
    for (String verb : english.irregularVerbs()) {
      Lemmatizer lemmatizer = english.lemmatizer(List.of(verb));
      for (String form : english.verbForms(verb)) {
        assertThat(lemmatizer.lemma(form)).as(form).contains(verb);
      }
    }
    for (String noun : english.irregularNouns()) {
      Lemmatizer lemmatizer = english.lemmatizer(List.of(noun));
      for (String form : english.nounForms(noun)) {
        assertThat(lemmatizer.lemma(form)).as(form).contains(noun);
      }
    }
  }

  @Test
  void reverseMapOverTheWholeTableIsConsistent() {
    List<String> vocabulary = new ArrayList<>(english.irregularVerbs());
    vocabulary.addAll(english.irregularNouns());
    Lemmatizer lemmatizer = english.lemmatizer(vocabulary);
    for (String lemma : vocabulary) {
      assertThat(lemmatizer.lemma(lemma)).contains(lemma);
      for (String form : forms(lemma)) {
        // Shared forms ("lay": lie and lay; "found": find and found) go to one lemma, which
        // must really have that form.
        String mapped = lemmatizer.lemma(form).orElseThrow();
        assertThat(forms(mapped)).as("%s -> %s", form, mapped).contains(form);
      }
    }
  }

  @Test
  void lemmatizerForAPatternVocabulary() {
    Lemmatizer lemmatizer =
        english.lemmatizer(List.of("provide", "deploy", "troop", "send", "mobilize", "crisis"));
    assertThat(lemmatizer.lemma("providing")).contains("provide");
    assertThat(lemmatizer.lemma("Deployed")).contains("deploy");
    assertThat(lemmatizer.lemma("troops")).contains("troop");
    assertThat(lemmatizer.lemma("sent")).contains("send");
    assertThat(lemmatizer.lemma("mobilised")).contains("mobilize");
    assertThat(lemmatizer.lemma("crises")).contains("crisis");
    assertThat(lemmatizer.lemma("attacked")).isEmpty();
    assertThat(lemmatizer.surfaceToLemma()).containsEntry("sends", "send");
  }

  @Test
  void aVocabularyLemmaAlwaysMapsToItself() {
    // "lay" is the past of "lie" but is a lemma of its own here.
    Lemmatizer lemmatizer = english.lemmatizer(List.of("lie", "lay"));
    assertThat(lemmatizer.lemma("lay")).contains("lay");
    assertThat(lemmatizer.lemma("lain")).contains("lie");
    assertThat(lemmatizer.lemma("laid")).contains("lay");
  }

  private Set<String> forms(String lemma) {
    Set<String> forms = new java.util.HashSet<>(english.verbForms(lemma));
    forms.addAll(english.nounForms(lemma));
    return forms;
  }
}
