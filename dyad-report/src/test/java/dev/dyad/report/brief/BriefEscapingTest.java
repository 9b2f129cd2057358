package dev.dyad.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.claims.ClaimActor;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.analytics.ClaimDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Article text is untrusted: every renderer escapes it, and nothing in it becomes markup or a link.
 */
class BriefEscapingTest {
  static final String HOSTILE =
      "<script>alert('x')</script> Kim & \"Putin\" said <b>no</b> &amp; *bold* [x](javascript:y) a|b `c` _u_";

  @Test
  void htmlEscapesMarkupQuotesAndAmpersands() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void onlyHttpAndHttpsBecomeLinks() {
    assertThat(Html.linkable("https://example.org/a?b=1&c=2"))
        .contains("https://example.org/a?b=1&c=2");
    assertThat(Html.linkable("javascript:alert(1)")).isEmpty();
    assertThat(Html.linkable("JavaScript:alert(1)")).isEmpty();
    assertThat(Html.linkable("data:text/html,<script>x</script>")).isEmpty();
    assertThat(Html.linkable("examples/corpus/wire/a.txt")).isEmpty();
  }

  @Test
  void markdownEscapesWhatWouldBecomeMarkup() {
    assertThat(MarkdownText.escape("*bold* _u_ [x](y) <b> a|b `c` \\ &amp; AT&T"))
        .isEqualTo("\\*bold\\* \\_u\\_ \\[x\\](y) \\<b\\> a\\|b \\`c\\` \\\\ \\&amp; AT&T");
    assertThat(MarkdownText.escape("line one\nline two")).isEqualTo("line one line two");
  }

  @Test
  void theHtmlBriefShowsHostileTextAsTextAndLoadsNothing() {
    String html = HtmlBrief.render(hostileBrief());
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).doesNotContain("<script", "<b>no</b>", "href=\"javascript", "href=\"data:");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Kim &amp; &quot;Putin&quot;");
    // One self-contained file: no stylesheet, script, image or font fetched from anywhere.
    assertThat(html).doesNotContain("<link", " src=", "@import", "url(http", "<iframe");
    assertThat(html).contains("<style>", "@media print", "<svg");
    assertThat(html).contains("<a href=\"https://example.org/a?b=1&amp;c=2\">");
  }

  @Test
  void theMarkdownBriefEscapesArticleText() {
    String md = MarkdownBrief.render(hostileBrief());
    assertThat(md)
        .contains("\\<script\\>alert('x')\\</script\\>", "\\*bold\\*", "\\[x\\](javascript:y)");
    assertThat(md).doesNotContain("<script>", "<javascript:");
  }

  @Test
  void articleTextCannotForgeACitation() {
    String forged = "as shown in \uE0009\uE001";
    Brief b = hostileBrief(forged);
    assertThat(HtmlBrief.render(b)).doesNotContain("href=\"#source-9\"");
    assertThat(MarkdownBrief.render(b)).doesNotContain("[9]");
  }

  static Brief hostileBrief() {
    return hostileBrief(HOSTILE);
  }

  static Brief hostileBrief(String text) {
    Quote quote = new Quote(text, Modality.ASSERTED, 1);
    Development d =
        new Development(
            List.of("c1"),
            "North Korea provided aid to Russia " + text,
            ClaimStatus.REPORTED,
            Optional.of(new ClaimDate("c1", LocalDate.of(2026, 3, 14), ClaimDate.Basis.EVENT_DAY)),
            1,
            1,
            1,
            quote,
            Optional.of(new Quote(text, Modality.NEGATED, 2)),
            List.of(
                new Voice(Modality.ASSERTED, List.of(1)), new Voice(Modality.NEGATED, List.of(2))));
    BriefSubject subject =
        new BriefSubject(
            List.of(new ClaimActor("PRK", "North Korea"), new ClaimActor("RUS", "Russia")));
    TopicAssessment t =
        new TopicAssessment(
            "arms-race",
            "arms race",
            1,
            1,
            "Analysts say " + text,
            new Quote(text, Modality.SPECULATIVE, 2),
            List.of(2),
            List.of("a1"));
    List<Source> sources =
        List.of(
            new Source(
                1,
                "d1",
                Optional.of(text),
                "https://example.org/a?b=1&c=2",
                Optional.of(LocalDate.of(2026, 3, 14)),
                List.of(),
                "f1",
                Optional.empty()),
            new Source(
                2,
                "d2",
                Optional.of(text),
                "javascript:alert(document.cookie)",
                Optional.empty(),
                List.of(),
                "f2",
                Optional.empty()));
    return new Brief(
        subject,
        Optional.empty(),
        Optional.empty(),
        List.of(new Finding(text + ".", List.of(1), List.of("c1"), List.of())),
        List.of(d),
        List.of(d),
        List.of(d),
        List.of(new ReactionGroup(new ClaimActor("USA", text), List.of(d))),
        List.of(t),
        List.of(d),
        new Timeline(
            "month",
            List.of(new Timeline.Row(text, LocalDate.of(2026, 3, 1), 3, 2, 0, 1.5, 0.75)),
            1),
        sources,
        new SourceQuality(2, 2, 2, 10, 1, 0),
        List.of(text));
  }
}
