package dev.dyad.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.actors.SentenceActor;
import dev.dyad.core.ingest.Ingest;
import dev.dyad.core.ingest.IngestOptions;
import dev.dyad.core.ingest.Source;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.Problems;
import dev.dyad.core.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PipelineActorsTest {
  @Test
  void namesEveryDictionaryActorPerSentenceEvenWithoutAnEvent() {
    Pipeline pipeline = Pipeline.standard(PipelineConfig.DEFAULTS);
    String text =
        "Published: 2024-10-20\n\nNorth Korea and Russia are close.\n\n"
            + "Russian President Vladimir Putin spoke about the weather in Tokyo.\n";
    Document doc;
    try (Stream<RawDocument> raw =
        Ingest.read(
            Source.bytes("actors.txt", text.getBytes(StandardCharsets.UTF_8)),
            IngestOptions.DEFAULTS,
            Problems.counting())) {
      doc = pipeline.clean(raw.findFirst().orElseThrow(), Problems.counting()).orElseThrow();
    }

    List<SentenceActor> actors = pipeline.actors(doc);

    assertThat(actors).extracting(a -> a.mention().actor().code()).contains("PRK", "RUS", "RUSGOV");
    assertThat(actors)
        .allSatisfy(
            a -> {
              String sentence = doc.sentences().get(a.sentenceIndex()).text();
              assertThat(sentence.substring(a.mention().start(), a.mention().end()))
                  .isEqualTo(a.mention().text());
            });
  }
}
