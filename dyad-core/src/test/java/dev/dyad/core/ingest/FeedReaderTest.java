package dev.dyad.core.ingest;

import static dev.dyad.core.ingest.Fixtures.atom;
import static dev.dyad.core.ingest.Fixtures.atomEntry;
import static dev.dyad.core.ingest.Fixtures.read;
import static dev.dyad.core.ingest.Fixtures.rss;
import static dev.dyad.core.ingest.Fixtures.rssItem;
import static dev.dyad.core.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dyad.core.model.ContentType;
import dev.dyad.core.model.DataError.Code;
import dev.dyad.core.model.RawDocument;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final DocumentReader reader = new FeedReader();

  @Test
  void readsEachRssItemAsOneHtmlDocument() {
    String feed =
        rss(
            rssItem(
                "Talks",
                "https://n.example/1",
                "Fri, 01 Mar 2024 10:00:00 GMT",
                "<p>They met.</p>"),
            rssItem(
                "Raid",
                "https://n.example/2",
                "Sat, 02 Mar 2024 10:00:00 GMT",
                "<p>Police raided.</p>"));
    Fixtures.Run run = read(reader, "wire.rss", utf8(feed));

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs()).hasSize(2);
    RawDocument first = run.docs().get(0);
    assertThat(first.uri()).isEqualTo("https://n.example/1");
    assertThat(first.origin()).isEqualTo("wire.rss item 1");
    assertThat(first.type()).isEqualTo(ContentType.HTML);
    assertThat(first.title()).contains("Talks");
    assertThat(first.published()).contains("Fri, 01 Mar 2024 10:00:00 GMT");
    assertThat(first.body()).isEqualTo("<p>They met.</p>");
    assertThat(run.docs().get(1).origin()).isEqualTo("wire.rss item 2");
  }

  @Test
  void prefersTheFullestBodyAndKeepsOtherTagsAsMetadata() {
    String item =
        "<item><title>T</title><link>https://n.example/1</link><description>Short.</description>"
            + "<content:encoded><![CDATA[<p>The full story, much longer.</p>]]></content:encoded>"
            + "<dc:creator>Ann</dc:creator><dc:date>2024-03-01</dc:date><category>a</category><category>b</category></item>";
    Fixtures.Run run = read(reader, "f.xml", utf8(rss(item)));
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.body()).isEqualTo("<p>The full story, much longer.</p>");
              assertThat(d.published()).contains("2024-03-01");
              assertThat(d.metadata())
                  .containsEntry("dc:creator", "Ann")
                  .containsEntry("category", "a | b")
                  .doesNotContainKeys("description", "content:encoded", "title", "link");
            });
  }

  @Test
  void readsAtomEntriesWithTheirAlternateLink() {
    String feed =
        atom(
            atomEntry(
                "Talks",
                "https://n.example/1",
                "2024-03-01T10:00:00Z",
                "&lt;p&gt;They met.&lt;/p&gt;"),
            "<entry><title>Plain</title><id>urn:x:2</id><updated>2024-03-02T00:00:00Z</updated>"
                + "<summary>1 &lt; 2</summary></entry>");
    Fixtures.Run run = read(reader, "f.atom", utf8(feed));

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs()).hasSize(2);
    assertThat(run.docs().get(0).uri()).isEqualTo("https://n.example/1");
    assertThat(run.docs().get(0).body()).isEqualTo("<p>They met.</p>");
    assertThat(run.docs().get(0).published()).contains("2024-03-01T10:00:00Z");
    // A text construct stays text inside an HTML body; with no link, the id names the entry.
    assertThat(run.docs().get(1).body()).isEqualTo("1 &lt; 2");
    assertThat(run.docs().get(1).uri()).isEqualTo("urn:x:2");
    assertThat(run.docs().get(1).published()).contains("2024-03-02T00:00:00Z");
  }

  @Test
  void keepsItemsBeforeATruncatedFeed() {
    String feed =
        rss(
            rssItem("A", "https://n.example/1", "d", "one"),
            rssItem("B", "https://n.example/2", "d", "two"),
            rssItem("C", "https://n.example/3", "d", "three"));
    String cut = feed.substring(0, feed.indexOf("three") - 20);
    Fixtures.Run run = read(reader, "cut.rss", utf8(cut));

    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("one", "two");
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.TRUNCATED);
              assertThat(e.where()).startsWith("cut.rss item 3");
            });
  }

  @Test
  void keepsItemsBeforeMalformedXml() {
    String feed =
        rss(rssItem("A", "https://n.example/1", "d", "one"), "<item><title>B</titel></item>");
    Fixtures.Run run = read(reader, "bad.rss", utf8(feed));
    assertThat(run.docs()).hasSize(1);
    assertThat(run.codes()).containsExactly(Code.MALFORMED_XML);
    assertThat(run.errors().get(0).where()).startsWith("bad.rss item 2 line ");
  }

  @Test
  void refusesXmlThatIsNotAFeed() {
    Fixtures.Run run =
        read(reader, "page.xml", utf8("<?xml version=\"1.0\"?><html><body/></html>"));
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.MALFORMED_XML);
              assertThat(e.where()).isEqualTo("page.xml");
              assertThat(e.message()).contains("not an RSS or Atom feed");
            });
  }

  @Test
  void refusesEntityExpansionAndExternalEntities() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + "<rss><channel><item><title>&b;</title><description>x</description></item></channel></rss>";
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<rss><channel><item><description>&x;</description></item></channel></rss>";
    assertThat(read(reader, "bomb.xml", utf8(bomb)).codes()).containsExactly(Code.MALFORMED_XML);
    Fixtures.Run run = read(reader, "xxe.xml", utf8(xxe));
    assertThat(run.docs()).isEmpty();
    assertThat(run.codes()).containsExactly(Code.MALFORMED_XML);
  }

  @Test
  void reportsAnItemWithoutBodyAndGoesOn() {
    String feed =
        rss(
            "<item><title>Only a title</title></item>",
            rssItem("B", "https://n.example/2", "d", "two"));
    Fixtures.Run run = read(reader, "f.rss", utf8(feed));
    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("two");
    assertThat(run.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Code.EMPTY);
              assertThat(e.where()).isEqualTo("f.rss item 1");
            });
  }

  @Test
  void refusesAnOverlongItemAndGoesOn() {
    String feed =
        rss(
            rssItem("A", "https://n.example/1", "d", "x".repeat(5000)),
            rssItem("B", "https://n.example/2", "d", "two"));
    Fixtures.Run run = read(reader, "f.rss", utf8(feed), new IngestOptions(1000));
    assertThat(run.docs()).extracting(RawDocument::body).containsExactly("two");
    assertThat(run.codes()).containsExactly(Code.TOO_LARGE);
    assertThat(run.errors().get(0).where()).isEqualTo("f.rss item 1");
  }

  @Test
  void readsAGzippedFeed() {
    String feed = rss(rssItem("A", "https://n.example/1", "d", "one"));
    assertThat(read(reader, "f.rss.gz", Fixtures.gzip(utf8(feed))).docs()).hasSize(1);
  }

  @Test
  void decodesTheEncodingTheXmlDeclarationNames() {
    String feed =
        rss(rssItem("Gen\u00e8ve", "https://n.example/1", "d", "Caf\u00e9"))
            .replace("UTF-8", "ISO-8859-1");
    Fixtures.Run run =
        read(reader, "latin.rss", feed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.title()).contains("Genève");
              assertThat(d.body()).isEqualTo("Café");
            });
  }

  @Test
  void readsTheHtmlEntitiesAndBareAmpersandsRealFeedsUse() {
    String feed =
        rss(
            "<item><title>Talks&nbsp;in Gen&egrave;ve</title><link>https://n.example/1?a=1&b=2</link>"
                + "<description>Officials met &mdash; AT&T, &foo; &#8212; &#1; &AMP; done.</description></item>",
            rssItem(
                "Two", "https://n.example/2", "d", "<p>Police&nbsp;arrested ten protesters.</p>"));
    Fixtures.Run run = read(reader, "entities.rss", utf8(feed));

    assertThat(run.errors()).isEmpty();
    assertThat(run.docs()).hasSize(2);
    RawDocument first = run.docs().get(0);
    assertThat(first.title()).contains("Talks\u00a0in Genève");
    assertThat(first.uri()).isEqualTo("https://n.example/1?a=1&b=2");
    assertThat(first.body()).isEqualTo("Officials met \u2014 AT&T, &foo; \u2014 \uFFFD & done.");
    // Inside CDATA the entity is HTML for the cleaner to decode, as it was.
    assertThat(run.docs().get(1).body()).isEqualTo("<p>Police&nbsp;arrested ten protesters.</p>");
  }

  @Test
  void replacesBytesThatAreNotInTheFeedsEncodingAndCountsThemInTheirItem() {
    String[] around =
        rss(
                rssItem("A", "https://n.example/1", "d", "one"),
                "<item><title>B</title><description>tw|o</description></item>",
                rssItem("C", "https://n.example/3", "d", "three"))
            .split("\\|");
    byte[] feed =
        Fixtures.concat(
            utf8(around[0]), new byte[] {(byte) 0xC3, '(', (byte) 0x81}, utf8(around[1]));
    Fixtures.Run run = read(reader, "bad.rss", feed);
    assertThat(run.errors()).isEmpty();
    assertThat(run.docs())
        .extracting(RawDocument::body)
        .containsExactly("one", "tw\uFFFD(\uFFFDo", "three");
    assertThat(run.docs().get(1).metadata()).containsEntry("undecodable-bytes", "2");
    assertThat(run.docs().get(0).metadata()).doesNotContainKey("undecodable-bytes");
    assertThat(run.docs().get(2).metadata()).doesNotContainKey("undecodable-bytes");
  }
}
