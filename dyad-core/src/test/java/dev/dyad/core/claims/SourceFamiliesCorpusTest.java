package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.Pipeline;
import dev.dyad.core.PipelineConfig;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.testkit.Corpora;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sample corpus: the Meridian wire report and its Harbour Ledger copy are one source. */
class SourceFamiliesCorpusTest {

  @Test
  void joinsTheSyndicatedCopyAndNothingElse() {
    List<Document> docs;
    try (Stream<Document> stream =
        Pipeline.standard(PipelineConfig.DEFAULTS)
            .documents(List.of(Corpora.examples().toString()), Problems.counting())) {
      docs = stream.toList();
    }
    SourceFamilies families = new SourceFamilies();
    docs.forEach(families::add);

    assertThat(families.documents()).isEqualTo(17);
    assertThat(families.families()).isEqualTo(16);
    Document wire = only(docs, "seoul-shipments");
    Document copy = only(docs, "harbour-ledger");
    assertThat(families.familyOf(copy.id())).isEqualTo(families.familyOf(wire.id()));
    for (Document d : docs) {
      if (d != wire && d != copy) {
        assertThat(families.familyOf(d.id())).as(d.uri()).isEqualTo(d.id());
      }
    }
  }

  private static Document only(List<Document> docs, String nameHas) {
    List<Document> found = docs.stream().filter(d -> d.origin().contains(nameHas)).toList();
    assertThat(found).as(nameHas).hasSize(1);
    return found.get(0);
  }
}
