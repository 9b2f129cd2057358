package dev.dyad.core.clean;

import static dev.dyad.core.clean.HtmlExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dyad.core.model.Block;
import dev.dyad.testkit.TryTimeout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@TryTimeout(seconds = 10)
class HtmlExtractorRobustnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "<p>Unclosed paragraph <b>bold <i>italic <div>block in inline",
        "</div></div><p>Stray closing tags before anything else was opened.</p></span>",
        "<span><p>A paragraph inside a span, which is not allowed here.</p></span>",
        "<html><body><p>Truncated in the middle of a tag <a href=\"http://exa",
        "<html><body><p>Truncated in an attribute <img src='x' alt='",
        "<!-- an unclosed comment <p>never seen",
        "<script>document.write('<p>not content</p>')",
        "\u0000\u0001\u0002\uFFFD\uFFFE PK\u0003\u0004 \u00ff\u00fe<<<>>>&&&#x110000;&#0;",
        "<table><td>cell<tr><p>para<li>item</table></li></p>",
        "<svg><foreignObject><p>inside svg</p></foreignObject></svg>",
        "<article><article><article>nested articles</article>",
        "<script type=\"application/ld+json\">{\"datePublished\":</script>",
      })
  void neverThrowsOnMalformedHtml(String html) {
    assertThatCode(() -> extract(html)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 20_000})
  void survivesDeepNesting(int depth) {
    String html =
        "<div>".repeat(depth)
            + "Deep text that goes on for a good few words."
            + "</div>".repeat(depth);
    assertThatCode(() -> extract(html)).doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void neverThrowsAndNeverGrowsTheText(@ForAll String input) {
    assertWithinInput(input);
  }

  @Property(tries = 300)
  void neverThrowsOnTagSoup(@ForAll("tagSoup") String input) {
    assertWithinInput(input);
  }

  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "<p>",
                "</p>",
                "<div class=\"share\">",
                "<div>",
                "</div>",
                "<br>",
                "<br><br>",
                "<li>",
                "<ul>",
                "</ul>",
                "<h1>",
                "</h1>",
                "<h2>",
                "<b>",
                "</b>",
                "<a href=x>",
                "</a>",
                "<article>",
                "</article>",
                "<script>",
                "</script>",
                "<title>",
                "&amp;",
                "&nbsp;",
                "<!--",
                "-->",
                "<",
                ">",
                "\"",
                "<time datetime=\"2020-01-01\">",
                "<meta property=\"og:title\" content=\"T\">",
                "<table><td>",
                "<pre>"),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
            Arbitraries.strings().all().ofMaxLength(5));
    return pieces.list().ofMaxSize(60).map(p -> String.join("", p));
  }

  private static void assertWithinInput(String input) {
    Extracted out = extract(input);
    long total = out.blocks().stream().map(Block::text).mapToLong(String::length).sum();
    assertThat(total).isLessThanOrEqualTo(input.length());
    assertThat(out.blocks())
        .allSatisfy(b -> assertThat(b.text()).isNotBlank().doesNotContain("  "));
  }
}
