package dev.dyad.core.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes page chrome from a parsed page: scripts and styles, navigation, headers and footers, and
 * every element whose id, class, role or aria-label marks it as sharing, comments, related stories,
 * cookie banners, adverts, newsletter boxes, sidebars, menus or pagination.
 */
final class HtmlChrome {
  private static final Set<String> TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "form",
          "button",
          "nav",
          "header",
          "footer",
          "aside",
          "object",
          "embed",
          "canvas",
          "select",
          "input",
          "textarea",
          "dialog",
          "math");

  /** Elements kept whatever their class says: the content itself and the page around it. */
  private static final Set<String> NEVER = Set.of("html", "body", "article", "main");

  private static final String CONTENT = "article, main, [itemprop=articleBody]";

  /**
   * Words that mark chrome in an id or class. The long ones match as prefixes ("sharebar",
   * "comments-list", "recommended"); the short ones must stand alone ("ad", "ad-slot", but not
   * "head" or "load"). Quirk: layout wrappers say what they sit beside ("has-sidebar",
   * "with-comments", "no-ads"): those are not chrome.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<![a-z])(?<!has-)(?<!with-)(?<!no-)(?<!has_)(?<!with_)(?<!no_)"
              + "(?:(?:share|sharing|social|comment(?!ary)|disqus|navigation|related|recommend|more-stories"
              + "|morestories|cookie|consent|gdpr|banner|advert|sponsor|promo|newsletter|subscri"
              + "|signup|sign-up|sidebar|widget|breadcrumb|paginat|byline-tools|outbrain|taboola"
              + "|popup|masthead)"
              + "|(?:ad|ads|ad-\\w+|menu|nav|navbar|pager|skip-link)(?![a-z]))");

  private static final Pattern CHROME_ROLE =
      Pattern.compile("navigation|banner|contentinfo|complementary|menu|menubar|search|dialog");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private HtmlChrome() {}

  /** Removes chrome below {@code root}, in place. Iterative: deep garbage cannot overflow. */
  static void strip(Element root) {
    root.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            return node instanceof Element el && node != root && isChrome(el)
                ? FilterResult.REMOVE
                : FilterResult.CONTINUE;
          }
        });
  }

  static boolean isChrome(Element el) {
    String tag = el.normalName();
    if (NEVER.contains(tag) || "articlebody".equalsIgnoreCase(el.attr("itemprop"))) {
      return false;
    }
    boolean marked =
        TAGS.contains(tag)
            || hidden(el)
            || CHROME_ROLE.matcher(lower(el.attr("role"))).matches()
            || MARKER.matcher(lower(el.id())).find()
            || MARKER.matcher(lower(el.className())).find()
            || MARKER.matcher(lower(el.attr("aria-label"))).find();
    if (!marked) {
      return false;
    }
    // Quirk: a header inside an article holds its headline, standfirst and date, not site chrome.
    if (tag.equals("header") && el.closest("article, main") != null) {
      return false;
    }
    // Quirk: ASP.NET pages wrap the whole body in one <form>, and some themes put the article in
    // a "content-with-sidebar" wrapper: never drop an element that holds the article.
    return el.selectFirst(CONTENT) == null;
  }

  private static boolean hidden(Element el) {
    return el.hasAttr("hidden")
        || "true".equalsIgnoreCase(el.attr("aria-hidden").strip())
        || (el.hasAttr("style") && HIDDEN_STYLE.matcher(lower(el.attr("style"))).find());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
