package dev.dyad.core.clean;

import static dev.dyad.core.clean.HtmlExtractorTest.extract;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HtmlMetadataTest {
  private static final String BODY =
      "<p>"
          + "The minister arrived in the capital for two days of talks on trade. ".repeat(4)
          + "</p>";

  private static String page(String head, String body) {
    return "<html><head>"
        + head
        + "</head><body><article>"
        + body
        + BODY
        + "</article></body></html>";
  }

  @Test
  void readsArticlePublishedTimeFirst() {
    String html =
        page(
            "<meta property=\"article:published_time\" content=\"2024-10-18T09:30:00+09:00\">"
                + "<meta name=\"date\" content=\"2020-01-01\">"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2021-01-01\"}</script>",
            "");
    assertThat(extract(html).published()).contains("2024-10-18T09:30:00+09:00");
  }

  @Test
  void readsJsonLdDatePublished() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                + "\"2023-11-15T08:00:00Z\"}</script><meta name=\"date\" content=\"2020-01-01\">",
            "");
    assertThat(extract(html).published()).contains("2023-11-15T08:00:00Z");
  }

  @Test
  void readsJsonLdDatePublishedFromGraph() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
                + "[{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"x\",\"datePublished\":\"2022-03-04\"}]}</script>",
            "");
    assertThat(extract(html).published()).contains("2022-03-04");
  }

  @Test
  void readsJsonLdDatePublishedFromAList() {
    String html =
        page(
            "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":\"Article\",\"datePublished\":\"2022-03-05\"}]</script>",
            "");
    assertThat(extract(html).published()).contains("2022-03-05");
  }

  @Test
  void ignoresMalformedJsonLd() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"datePublished\": \"2022-</script>"
                + "<script type=\"application/ld+json\">{ oops ]</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":"
                + "\"2022-03-06\",}</script>",
            "");
    assertThat(extract(html).published()).contains("2022-03-06");
  }

  @ParameterizedTest
  @CsvSource({
    "itemprop, datePublished",
    "name, date",
    "name, pubdate",
    "name, publish-date",
    "name, DC.date.issued",
    "name, dc.date"
  })
  void readsDateMetaTags(String attribute, String name) {
    String html = page("<meta " + attribute + "=\"" + name + "\" content=\"2021-05-06\">", "");
    assertThat(extract(html).published()).contains("2021-05-06");
  }

  @Test
  void readsOpenGraphPublishedTime() {
    String html = page("<meta property=\"og:published_time\" content=\"2020-02-03\">", "");
    assertThat(extract(html).published()).contains("2020-02-03");
  }

  @Test
  void readsTimeElementInsideTheContentLast() {
    String html =
        "<html><body><div class=\"top\"><time datetime=\"1999-01-01\">old</time></div>"
            + "<article><p>By a reporter, <time datetime=\"2019-07-08T10:00\">8 July</time></p>"
            + BODY
            + "</article></body></html>";
    assertThat(extract(html).published()).contains("2019-07-08T10:00");
  }

  @Test
  void hasNoDateWhenThePageGivesNone() {
    assertThat(extract(page("", "")).published()).isEmpty();
  }

  @Test
  void prefersOpenGraphTitle() {
    String html =
        page(
            "<title>Page title | Site</title><meta name=\"twitter:title\" content=\"Twitter title\">"
                + "<meta property=\"og:title\" content=\"Open Graph title\">",
            "");
    assertThat(extract(html).title()).contains("Open Graph title");
    assertThat(extract(page("<meta name=\"twitter:title\" content=\"Twitter title\">", "")).title())
        .contains("Twitter title");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Troops cross the northern border | The Daily Example; Troops cross the northern border",
        "Troops cross the northern border - Example News; Troops cross the northern border",
        "Troops cross the northern border — Example; Troops cross the northern border",
        "Kim - Putin; Kim - Putin",
        "A title without a site name; A title without a site name",
      })
  void stripsTrailingSiteNameFromTitleElement(String written, String expected) {
    assertThat(extract(page("<title>" + written + "</title>", "")).title()).contains(expected);
  }

  @Test
  void fallsBackToTheFirstH1AndDoesNotRepeatIt() {
    Extracted out = extract(page("", "<h1>The only headline</h1>"));
    assertThat(out.title()).contains("The only headline");
    assertThat(out.blocks()).noneMatch(b -> b.text().equals("The only headline"));
  }
}
