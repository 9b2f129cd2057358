package dev.dyad.core.clean;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title and publication date as the page's own metadata gives them. */
final class HtmlMetadata {
  /** Separators between a headline and a trailing site name in {@code <title>}. */
  private static final List<String> SITE_SEPARATORS =
      List.of(" | ", " - ", " — ", " – ", " :: ", " · ", " // ");

  /** A headline left after cutting the site name must be at least this long. */
  static final int MIN_HEADLINE = 15;

  /** Meta names and itemprops that give the publication date, in order of trust. */
  private static final List<String> DATE_NAMES =
      List.of("datePublished", "date", "pubdate", "publish-date", "DC.date.issued", "dc.date");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private HtmlMetadata() {}

  /** og:title, twitter:title, then {@code <title>} without a trailing site name. */
  static Optional<String> title(Document doc) {
    return meta(doc, "meta[property=og:title], meta[name=og:title]")
        .or(() -> meta(doc, "meta[name=twitter:title], meta[property=twitter:title]"))
        .map(HtmlBlocks::collapse)
        .or(() -> nonBlank(HtmlBlocks.collapse(doc.title())).map(HtmlMetadata::withoutSiteName));
  }

  /** "Troops cross the border | The Daily Example" → "Troops cross the border". */
  static String withoutSiteName(String title) {
    for (String separator : SITE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at >= MIN_HEADLINE && title.substring(0, at).strip().contains(" ")) {
        return title.substring(0, at).strip();
      }
    }
    return title;
  }

  /**
   * The publication date as written: article:published_time, JSON-LD datePublished, a date meta tag
   * or itemprop, og:published_time. {@code <time>} in the content is read by the caller, who knows
   * where the content is.
   */
  static Optional<String> published(Document doc) {
    Optional<String> found =
        meta(doc, "meta[property=article:published_time], meta[name=article:published_time]")
            .or(() -> HtmlJsonLd.datePublished(doc));
    for (String name : DATE_NAMES) {
      if (found.isPresent()) {
        return found;
      }
      found = meta(doc, "meta[itemprop=" + name + "], meta[name=" + name + "]");
    }
    // Quirk: microdata puts datePublished on <time datetime> or <span content> as often as <meta>.
    return found
        .or(() -> attribute(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime"))
        .or(() -> attribute(doc.selectFirst("[itemprop=datePublished][content]"), "content"))
        .or(() -> meta(doc, "meta[property=og:published_time], meta[name=og:published_time]"));
  }

  /** The first {@code <time datetime>} inside the content. */
  static Optional<String> timeIn(List<Element> content) {
    for (Element container : content) {
      Optional<String> found = attribute(container.selectFirst("time[datetime]"), "datetime");
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Compares a heading with the title, ignoring case, spacing and punctuation. */
  static boolean sameText(String a, String b) {
    return key(a).equals(key(b)) && !key(a).isEmpty();
  }

  private static String key(String s) {
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static Optional<String> meta(Document doc, String query) {
    for (Element meta : doc.select(query)) {
      Optional<String> content = nonBlank(meta.attr("content"));
      if (content.isPresent()) {
        return content.map(String::strip);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(Element el, String name) {
    return el == null ? Optional.empty() : nonBlank(el.attr(name)).map(String::strip);
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
