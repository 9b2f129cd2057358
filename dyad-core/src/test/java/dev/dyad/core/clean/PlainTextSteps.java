package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plain-text rules in the order the document cleaner is expected to run them, for tests over
 * whole documents: extract, drop chrome, find the title, repair run-together words.
 */
record PlainTextSteps(
    Optional<String> title, List<Block> blocks, List<Warning> warnings, int repairs) {

  static PlainTextSteps run(String body) {
    List<Warning> warnings = new ArrayList<>();
    List<Block> blocks =
        new PlainTextExtractor().extract(RawDocument.of("test", ContentType.TEXT, body)).blocks();
    blocks = ChromeFilter.apply(blocks, warnings);
    TitleDetector.Titled titled = TitleDetector.split(blocks);
    String all = titled.body().stream().map(Block::text).collect(Collectors.joining("\n"));
    Set<String> vocabulary = WordSegmenter.vocabulary(all);
    List<Block> repaired = new ArrayList<>();
    int repairs = 0;
    for (Block block : titled.body()) {
      WordSegmenter.Repair repair = WordSegmenter.english().repair(block.text(), vocabulary);
      repairs += repair.repairs();
      repaired.add(block.withText(repair.text()));
    }
    if (repairs > 0) {
      warnings.add(Warning.wordsRepaired(repairs));
    }
    return new PlainTextSteps(titled.title(), repaired, warnings, repairs);
  }

  static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
  }
}
