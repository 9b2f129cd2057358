package dev.dyad.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.RawDocument;
import dev.dyad.core.model.Warning;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  /** An invented news page with every kind of chrome around a short article. */
  static final String NEWS_PAGE =
      """
      <!doctype html><html><head><title>Border talks resume after long pause | The Daily Example</title></head>
      <body>
      <div id="cookie-banner"><p>We use cookies to improve your experience on this site, accept them all.</p><button>OK</button></div>
      <header class="site-header"><a href="/">The Daily Example</a><p>Your trusted source of invented news since forever.</p></header>
      <nav><ul><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li></ul></nav>
      <div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
      <article class="story">
        <h1>Border talks resume after long pause</h1>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> and tell all your friends today</div>
        <p>Negotiators from the two countries met on Tuesday in the border town, the first meeting in <b>three</b> <i>years</i>, officials said.</p>
        <p>The talks, which lasted four hours, covered trade, fishing rights and the return of prisoners.</p>
        <h2>What was agreed</h2>
        <p>Both sides agreed to:</p>
        <ul><li>meet again next month;</li><li>exchange lists of prisoners.</li></ul>
        <h2>What comes next</h2>
        <p>A joint statement is expected later this week, according to a spokesperson for the ministry.</p>
        <div class="ad-slot"><p>Advertisement: buy the best invented products at great invented prices now.</p></div>
      </article>
      <section class="related-posts"><h3>Related stories</h3><ul><li><a href="/a">Earlier talks collapsed over fishing rights and the prisoners</a></li><li><a href="/b">Ministry names new envoy for the region after long search</a></li></ul></section>
      <div id="comments"><h3>Comments</h3><p>I think this is a great development for everyone in the region, finally.</p></div>
      <aside><p>Sign up for our newsletter to receive the best invented news every morning.</p></aside>
      <footer><p>Copyright The Daily Example. All invented rights reserved, worldwide, forever.</p></footer>
      </body></html>
      """;

  @Test
  void keepsOnlyTheArticleBlocksInOrder() {
    Extracted out = extract(NEWS_PAGE);
    assertThat(out.blocks())
        .containsExactly(
            Block.paragraph(
                "Negotiators from the two countries met on Tuesday in the border town, the first"
                    + " meeting in three years, officials said."),
            Block.paragraph(
                "The talks, which lasted four hours, covered trade, fishing rights and the return"
                    + " of prisoners."),
            Block.heading("What was agreed"),
            Block.paragraph("Both sides agreed to:"),
            Block.item("meet again next month;"),
            Block.item("exchange lists of prisoners."),
            Block.heading("What comes next"),
            Block.paragraph(
                "A joint statement is expected later this week, according to a spokesperson for"
                    + " the ministry."));
    assertThat(out.title()).contains("Border talks resume after long pause");
  }

  @Test
  void dropsShareBarAndComments() {
    String text = allText(extract(NEWS_PAGE));
    assertThat(text)
        .doesNotContain(
            "Share on",
            "great development",
            "cookies",
            "newsletter",
            "Copyright",
            "Earlier talks",
            "Advertisement",
            "World");
  }

  @Test
  void doesNotRepeatTheTitleAsAHeading() {
    assertThat(extract(NEWS_PAGE).blocks()).noneMatch(b -> b.text().startsWith("Border talks"));
  }

  @Test
  void keepsAnArticleWhoseClassMentionsHeader() {
    String html =
        "<body><article class=\"has-header post-header-large\"><p>"
            + "The army said it had withdrawn from the town, ending a standoff of several weeks. "
                .repeat(4)
            + "</p></article></body>";
    assertThat(extract(html).blocks()).hasSize(1);
  }

  @Test
  void keepsTheHeaderOfAnArticle() {
    String html =
        "<body><article><header><h1>Headline</h1><p class=\"dek\">A standfirst that sums the"
            + " story up.</p></header><p>"
            + "The ministry said talks would resume, and that both sides had agreed on an agenda. "
                .repeat(4)
            + "</p></article></body>";
    assertThat(extract(html).blocks())
        .first()
        .isEqualTo(Block.paragraph("A standfirst that sums the story up."));
  }

  @Test
  void scoresPlainDivsWhenThereIsNoArticleElement() {
    String html =
        "<body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/x\">Politics</a></div>"
            + "<div class=\"links\"><p><a href=\"/1\">A story about something else entirely</a></p></div>"
            + "<div class=\"content\"><div class=\"entry-text\">"
            + "<p>The parliament voted on Monday to extend the state of emergency, with 120 in favour.</p>"
            + "<p>Opposition parties, which boycotted the session, said the vote was illegal, unfair and rushed.</p>"
            + "<p>The extension runs until March, the speaker said, and may be renewed again.</p>"
            + "</div></div><div class=\"sidebar-box\"><p>Most read today: a list of things, items, etc.</p></div>"
            + "</body>";
    assertThat(extract(html).blocks())
        .extracting(Block::text)
        .containsExactly(
            "The parliament voted on Monday to extend the state of emergency, with 120 in favour.",
            "Opposition parties, which boycotted the session, said the vote was illegal, unfair and rushed.",
            "The extension runs until March, the speaker said, and may be renewed again.");
  }

  @Test
  void splitsParagraphsAtDoubleBreaks() {
    String html =
        "<body><div class=\"post\">The first paragraph is written as bare text in a div.<br><br>"
            + "The second one follows two breaks,<br>and goes on after one break.</div></body>";
    assertThat(extract(html).blocks())
        .extracting(Block::text)
        .containsExactly(
            "The first paragraph is written as bare text in a div.",
            "The second one follows two breaks, and goes on after one break.");
  }

  @Test
  void joinsInlineElementsAsABrowserWould() {
    String html =
        "<body><p><b>The</b> <i>army</i>  said\n  <b>W</b>ashington <a href=\"#\">had</a>"
            + "<span> </span>agreed.</p><p>one<span>two</span></p></body>";
    assertThat(extract(html).blocks())
        .extracting(Block::text)
        .containsExactly("The army said Washington had agreed.", "onetwo");
  }

  @Test
  void separatesTextOfAdjacentBlockElements() {
    String html =
        "<body><table><tr><td>Kim met the envoy on Monday</td><td>Putin met him on Tuesday</td></tr></table></body>";
    assertThat(allText(extract(html))).doesNotContain("MondayPutin");
  }

  @Test
  void skipsLinkOnlyLists() {
    String html =
        "<body><article><p>"
            + "The council approved the budget after a long debate, with a narrow majority. "
                .repeat(4)
            + "</p><ul><li><a href=\"/t/politics\">Politics</a></li><li><a href=\"/t/budget\">Budget</a></li></ul>"
            + "<ul><li>Schools get more money</li><li>Roads get less</li></ul></article></body>";
    assertThat(extract(html).blocks())
        .filteredOn(b -> b.kind() == Block.Kind.LIST_ITEM)
        .extracting(Block::text)
        .containsExactly("Schools get more money", "Roads get less");
  }

  @Test
  void dropsHiddenElements() {
    String html =
        "<body><article><p>"
            + "The talks resumed on Tuesday after a long pause, diplomats in the capital said. "
                .repeat(4)
            + "</p><p hidden>Hidden text that is not shown to readers at all.</p>"
            + "<div aria-hidden=\"true\"><p>Also hidden from every reader of this page.</p></div>"
            + "<p style=\"display: none\">Styled away from all readers of the page.</p></article></body>";
    assertThat(allText(extract(html))).doesNotContain("idden", "Styled");
  }

  @Test
  void warnsWhenNoMainContentIsFound() {
    Extracted out = extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    assertThat(out.blocks()).isEmpty();
    assertThat(out.warnings()).extracting(Warning::code).contains(Warning.Code.NO_MAIN_CONTENT);
  }

  @Test
  void countsMarkupErrors() {
    Extracted out =
        extract("<body><p>One <b>two</p></div></span> three four five six seven.</body>");
    assertThat(out.warnings()).extracting(Warning::code).contains(Warning.Code.MARKUP_ERRORS);
  }

  @Test
  void warnsAboutVeryLowTextToMarkupRatio() {
    String html =
        "<html><head><script>"
            + "var x = 1;".repeat(2000)
            + "</script></head><body>"
            + "<p>Only one short paragraph of text sits in this big page.</p></body></html>";
    assertThat(extract(html).warnings())
        .extracting(Warning::code)
        .contains(Warning.Code.LOW_TEXT_RATIO);
  }

  static Extracted extract(String html) {
    return new HtmlExtractor().extract(RawDocument.of("page.html", ContentType.HTML, html));
  }

  static String allText(Extracted out) {
    return String.join("\n", out.blocks().stream().map(Block::text).toList());
  }

  @SuppressWarnings("unused")
  private static List<String> texts(Extracted out) {
    return out.blocks().stream().map(Block::text).toList();
  }
}
