package dev.dyad.core.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) that hold a page's main content, once chrome is gone: the page's own
 * {@code [itemprop=articleBody]}, {@code <article>} or {@code <main>} when it holds enough text,
 * else the best element by Readability-style scoring (paragraphs, text length and commas, counted
 * up to the parent and grandparent, weighted by class and id, penalised by link density), with the
 * siblings that score nearly as well.
 */
final class HtmlMainContent {
  /** Text a semantic container needs before it is trusted over scoring. */
  static final int SUBSTANTIAL = 200;

  /** A paragraph shorter than this says nothing about where the content is. */
  private static final int MIN_PARAGRAPH = 25;

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|main|page|post|text|blog|story",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget",
          Pattern.CASE_INSENSITIVE);

  private HtmlMainContent() {}

  /** The containers of the main content in document order; {@code body} when nothing stands out. */
  static List<Element> choose(Element body) {
    return semantic(body).map(List::of).orElseGet(() -> scored(body));
  }

  private static Optional<Element> semantic(Element body) {
    Element articleBody = body.selectFirst("[itemprop=articleBody]");
    if (articleBody != null && textLength(articleBody) >= SUBSTANTIAL) {
      return Optional.of(articleBody);
    }
    Element best = null;
    int bestLength = 0;
    for (Element candidate : body.select("article, main, [role=main]")) {
      int length = textLength(candidate);
      if (length >= SUBSTANTIAL && length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    // A <main> that holds the <article> plus a related-stories box: prefer the article.
    for (Element inner : best.select("article, [itemprop=articleBody]")) {
      if (inner != best && textLength(inner) >= 0.6 * bestLength) {
        return Optional.of(inner);
      }
    }
    return Optional.of(best);
  }

  private static List<Element> scored(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, div")) {
      // A <div> counts as a paragraph only for its own bare text (Readability turns such divs
      // into paragraphs); its child paragraphs are counted on their own.
      String text = p.normalName().equals("div") ? p.ownText() : p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      add(scores, parent, score);
      Element grandparent = parent.parent();
      if (grandparent != null) {
        add(scores, grandparent, score / 2);
      }
    }
    Element top = null;
    double topScore = 0;
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      finals.put(e.getKey(), score);
      if (top == null || score > topScore) {
        top = e.getKey();
        topScore = score;
      }
    }
    if (top == null || top == body || top.parent() == null) {
      return List.of(body);
    }
    return withSiblings(top, topScore, finals);
  }

  private static void add(Map<Element, Double> scores, Element el, double score) {
    scores.merge(el, scores.containsKey(el) ? score : initial(el) + score, Double::sum);
  }

  /** The top element and the siblings that carry content too (a split article body). */
  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> scores) {
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || isProse(sibling)) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean isProse(Element el) {
    if (!el.normalName().equals("p")) {
      return false;
    }
    String text = el.text();
    double links = linkDensity(el);
    return (text.length() > 80 && links < 0.25)
        || (text.length() > 0 && links == 0 && text.matches("(?s).*[.!?]\\W*$"));
  }

  /** Tag and class/id weight, counted once when an element first gets a score. */
  private static double initial(Element el) {
    double score =
        switch (el.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return score + classWeight(el.className()) + classWeight(el.id());
  }

  private static double classWeight(String name) {
    if (name.isEmpty()) {
      return 0;
    }
    double weight = 0;
    if (NEGATIVE.matcher(name).find()) {
      weight -= 25;
    }
    if (POSITIVE.matcher(name).find()) {
      weight += 25;
    }
    return weight;
  }

  static double linkDensity(Element el) {
    int length = textLength(el);
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : el.select("a")) {
      links += textLength(a);
    }
    return Math.min(1.0, (double) links / length);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '、' || c == '，') {
        n++;
      }
    }
    return n;
  }

  static int textLength(Element el) {
    return el.text().length();
  }
}
