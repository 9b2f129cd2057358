package dev.dyad.spark;

import dev.dyad.report.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invented news articles for the Spark tests, written as JSON Lines. */
final class Articles {
  private Articles() {}

  /** One article: an event sentence, a forecast, and filler enough to compare as a family. */
  static Map<String, String> article(String slug, String date, String event) {
    return article(slug, date, event, true);
  }

  /** The same without the forecast sentence: an article that voices no assessment. */
  static Map<String, String> plain(String slug, String date, String event) {
    return article(slug, date, event, false);
  }

  private static Map<String, String> article(
      String slug, String date, String event, boolean forecast) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("url", "https://example.org/" + slug);
    a.put("title", "Report " + slug);
    a.put("published", date);
    a.put(
        "text",
        event
            + " Officials in the capital described the talks as long and difficult, and said"
            + " more meetings were planned for the coming weeks."
            + (forecast
                ? " Analysts said the move could raise the risk of a new arms race in the region."
                : "")
            + " Residents of the border towns"
            + " told reporters that daily life had not changed, and that markets stayed open"
            + " through the week while trains kept running on time. Story "
            + slug
            + ".");
    return a;
  }

  static Path jsonl(Path file, List<Map<String, String>> articles) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, String> a : articles) {
      sb.append(Json.write(a)).append('\n');
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    return file;
  }
}
