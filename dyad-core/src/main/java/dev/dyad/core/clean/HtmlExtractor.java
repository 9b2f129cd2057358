package dev.dyad.core.clean;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Finds the main content of an HTML page (the article, without navigation, share bars, comments,
 * related stories, cookie banners and adverts) and lays it out as headings, paragraphs and list
 * items, with the title and publication date the page's metadata gives. Never throws on bad markup:
 * jsoup repairs it as a browser would, and the errors it met become warnings.
 *
 * <p>Written on jsoup rather than on a Readability port: Readability4J, the one maintained-looking
 * Java port on Maven Central, has had no release since 2021 and pulls in Kotlin; boilerpipe was
 * last released in 2011; crux is a Kotlin plugin API for Android. The Readability ideas used here
 * (semantic containers first, then paragraph scoring with link-density penalties) fit in a few
 * small classes, and they can be tuned for news pages.
 */
public final class HtmlExtractor implements ContentExtractor {
  /** Markup errors tracked per page: enough to count a broken page, cheap on a clean one. */
  static final int TRACKED_ERRORS = 100;

  /** Markup errors quoted in the warning. */
  static final int QUOTED_ERRORS = 3;

  /** Below this share of text in the markup, the content was probably not in the page. */
  static final double LOW_TEXT_RATIO = 0.01;

  /** Pages shorter than this are too small for the text ratio to mean anything. */
  static final int RATIO_MIN_LENGTH = 2_000;

  @Override
  public Extracted extract(RawDocument raw) {
    String html = raw.body();
    Parser parser = Parser.htmlParser().setTrackErrors(TRACKED_ERRORS);
    Document doc = parser.parseInput(html, raw.uri());
    List<Warning> warnings = new ArrayList<>();
    markupWarning(parser.getErrors()).ifPresent(warnings::add);

    // Metadata is read before chrome goes: JSON-LD lives in <script>, og: tags in <head>.
    Optional<String> title = HtmlMetadata.title(doc);
    Optional<String> published = HtmlMetadata.published(doc);

    Element body = doc.body();
    HtmlChrome.strip(body);
    List<Element> content = HtmlMainContent.choose(body);

    if (title.isEmpty()) {
      title = firstH1(content).or(() -> firstH1(List.of(body)));
    }
    if (published.isEmpty()) {
      published = HtmlMetadata.timeIn(content);
    }
    Optional<String> headline = title;
    List<Block> blocks =
        HtmlBlocks.of(
            content, heading -> headline.isPresent() && repeatsTitle(heading, headline.get()));

    if (blocks.isEmpty()) {
      warnings.add(Warning.noMainContent());
    } else {
      ratioWarning(blocks, html.length()).ifPresent(warnings::add);
    }
    return new Extracted(blocks, title, published, warnings);
  }

  private static boolean repeatsTitle(String heading, String title) {
    return HtmlMetadata.sameText(heading, title)
        || HtmlMetadata.sameText(heading, HtmlMetadata.withoutSiteName(title));
  }

  private static Optional<String> firstH1(List<Element> containers) {
    for (Element container : containers) {
      Element h1 = container.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) {
        return Optional.of(HtmlBlocks.collapse(h1.text()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Warning> markupWarning(List<ParseError> errors) {
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    String count =
        errors.size() >= TRACKED_ERRORS ? TRACKED_ERRORS + " or more" : "" + errors.size();
    StringBuilder quoted = new StringBuilder();
    for (int i = 0; i < Math.min(QUOTED_ERRORS, errors.size()); i++) {
      ParseError e = errors.get(i);
      quoted
          .append(i == 0 ? "" : "; ")
          .append("at ")
          .append(e.getPosition())
          .append(": ")
          .append(e.getErrorMessage());
    }
    return Optional.of(Warning.markupErrors(count, quoted.toString()));
  }

  private static Optional<Warning> ratioWarning(List<Block> blocks, int markup) {
    if (markup < RATIO_MIN_LENGTH) {
      return Optional.empty();
    }
    long text = blocks.stream().mapToLong(b -> b.text().length()).sum();
    double ratio = (double) text / markup;
    if (ratio >= LOW_TEXT_RATIO) {
      return Optional.empty();
    }
    return Optional.of(Warning.lowTextRatio(ratio));
  }
}
