package dev.dyad.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the sample corpus, indexed for real on disk. */
class SentenceIndexCorpusTest {
  @TempDir static Path dir;
  static List<Document> corpus;
  static SentenceIndex index;

  @BeforeAll
  static void indexCorpus() throws IOException {
    corpus = SampleCorpus.documents();
    index = SentenceIndex.open(dir.resolve("dyad.db.lucene"));
    for (Document doc : corpus) {
      index.add(doc);
    }
    index.commit();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void artilleryShellsFindsTheWireReportAndItsSyndicatedCopyFirst() throws IOException {
    List<SentenceHit> hits = index.search("artillery shells", 10);

    assertThat(hits).hasSizeGreaterThanOrEqualTo(2);
    assertThat(hits.subList(0, 2))
        .extracting(SentenceHit::uri)
        .anySatisfy(uri -> assertThat(uri).contains("seoul-shipments"))
        .anySatisfy(uri -> assertThat(uri).containsIgnoringCase("harbour"));
    assertThat(hits.get(0).text()).containsIgnoringCase("artillery shells");
  }

  @Test
  void stemmingMatchesOtherFormsOfAWord() throws IOException {
    assertThat(index.search("shell", 50))
        .extracting(SentenceHit::text)
        .anyMatch(t -> t.contains("shells"));
    // Porter2 stems the verb and the noun alike; the original Porter stemmer does not.
    assertThat(index.search("deployed", 50))
        .extracting(SentenceHit::text)
        .anyMatch(t -> t.contains("deployment"));
  }

  @Test
  void phrasesRequireTheWordsInOrder() throws IOException {
    List<SentenceHit> phrase = index.search("\"shells artillery\"", 50);
    List<SentenceHit> inOrder = index.search("\"artillery shells\"", 50);

    assertThat(phrase).isEmpty();
    assertThat(inOrder)
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.text()).containsIgnoringCase("artillery shell"));
  }

  @Test
  void booleanOperatorsAndMinus() throws IOException {
    int shells = index.search("shells", 500).size();
    int missiles = index.search("missiles", 500).size();
    int both = index.search("shells missiles", 500).size();
    int either = index.search("shells OR missiles", 500).size();
    int shellsWithoutMissiles = index.search("shells -missiles", 500).size();

    assertThat(both).isPositive().isLessThanOrEqualTo(Math.min(shells, missiles));
    assertThat(either).isEqualTo(shells + missiles - both);
    assertThat(shellsWithoutMissiles).isEqualTo(shells - both);
    assertThat(index.search("shells AND NOT missiles", 500)).hasSize(shellsWithoutMissiles);
  }

  @Test
  void aColonIsText() throws IOException {
    // "SEOUL:" must not be read as a field name.
    assertThat(index.search("Seoul: shells", 10)).isNotEmpty();
  }

  @Test
  void brokenQueriesAreSearchedAsWordsAndSayWhy() throws IOException {
    SearchResult unclosed = index.searchWithProblems("\"unclosed artillery", 10);
    SearchResult operatorsOnly = index.searchWithProblems("AND OR", 10);

    assertThat(unclosed.queryProblem())
        .hasValueSatisfying(p -> assertThat(p).contains("searched for its words"));
    assertThat(unclosed.hits()).isEmpty(); // "unclosed" occurs nowhere, and every word is required
    assertThat(index.searchWithProblems("\"artillery shells", 10).hits()).isNotEmpty();
    assertThat(operatorsOnly.queryProblem()).isPresent();
    assertThat(operatorsOnly.hits()).isEmpty();
    for (String q :
        List.of(
            "*",
            "?shell",
            "shells~9.5",
            "/[/",
            "(((",
            "a:b:c",
            "shells^",
            "[a TO",
            "\\",
            "-",
            "!")) {
      assertThat(index.search(q, 5)).as(q).isNotNull();
    }
  }

  @Test
  void wellFormedQueriesReportNoProblem() throws IOException {
    assertThat(
            index
                .searchWithProblems("(shells OR missiles) AND Russia -\"South Korea\"", 10)
                .queryProblem())
        .isEmpty();
  }

  @Test
  void reAddingTheCorpusLeavesHitCountsUnchanged() throws IOException {
    int before = index.search("Russia", 1000).size();
    for (Document doc : corpus) {
      index.add(doc);
    }
    index.commit();

    assertThat(before).isPositive();
    assertThat(index.search("Russia", 1000)).hasSize(before);
  }
}
