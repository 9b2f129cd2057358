package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LenientXmlPropertiesTest {

  @Property(tries = 100)
  void cuttingCdataKeepsItsTextAndBoundsEachPiece(@ForAll("cdataText") String text)
      throws XMLStreamException {
    String xml = "<r>a<![CDATA[" + text + "]]>b<!-- x ]]> -->" + "<![CDATA[" + text + "]]></r>";
    StringBuilder seen = new StringBuilder();
    int longest = 0;
    XMLStreamReader reader =
        FeedReader.secureFactory().createXMLStreamReader(new LenientXml(new StringReader(xml)));
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.CDATA || event == XMLStreamConstants.CHARACTERS) {
        seen.append(reader.getText());
        longest = Math.max(longest, reader.getTextLength());
      }
    }
    String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    // XML normalises line ends inside CDATA too: CR LF and a lone CR read as LF.
    clean = clean.replace("\r\n", "\n").replace('\r', '\n');
    assertThat(seen.toString()).isEqualTo("a" + clean + "b" + clean);
    assertThat(longest).isLessThanOrEqualTo(LenientXml.CDATA_PIECE + 1);
  }

  @Property(tries = 100)
  void readsTheSameWhateverTheReadSizes(@ForAll("cdataText") String text, @ForAll("sizes") int size)
      throws Exception {
    String xml =
        "<r><![CDATA["
            + text
            + "]]>&amp;<x a='1'/>"
            + text.replace("<", "").replace("&", "").replace("]]>", "")
            + "</r>";
    assertThat(readAll(new LenientXml(new StringReader(xml)), size))
        .isEqualTo(readAll(new LenientXml(new StringReader(xml)), 8192));
  }

  @Property(tries = 200)
  void readsHtmlEntitiesAsTheirCharactersAndUnknownOnesAsText(
      @ForAll("entityText") java.util.List<String> tokens) throws XMLStreamException {
    StringBuilder xml = new StringBuilder("<r a='");
    StringBuilder expected = new StringBuilder();
    for (String token : tokens) {
      xml.append(token);
      if (NUMERIC.containsKey(token)) {
        expected.append(NUMERIC.get(token));
      } else if (token.startsWith("&") && token.length() > 2 && token.endsWith(";")) {
        String name = token.substring(1, token.length() - 1);
        String value = org.jsoup.nodes.Entities.getByName(name);
        expected.append(value.isEmpty() ? token : value);
      } else {
        expected.append(token);
      }
    }
    String body = xml.substring(6);
    xml.append("'>").append(body).append("</r>");
    XMLStreamReader reader =
        FeedReader.secureFactory()
            .createXMLStreamReader(new LenientXml(new StringReader(xml.toString())));
    StringBuilder text = new StringBuilder();
    String attribute = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        attribute = reader.getAttributeValue(null, "a");
      } else if (event == XMLStreamConstants.CHARACTERS) {
        text.append(reader.getText());
      }
    }
    assertThat(attribute).isEqualTo(expected.toString());
    assertThat(text.toString()).isEqualTo(expected.toString());
  }

  private static final java.util.Map<String, String> NUMERIC =
      java.util.Map.of(
          "&#8212;",
          "\u2014",
          "&#x41;",
          "A",
          "&#1;",
          "\uFFFD",
          "&#xD800;",
          "\uFFFD",
          "&#99999999;",
          "&#99999999;");

  @Provide
  Arbitrary<java.util.List<String>> entityText() {
    // Plain pieces never follow a bare ampersand with a name, so no piece joins the next.
    return Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().withChars(' ', '.', '#', ';').ofMaxLength(8),
            Arbitraries.of(
                "&nbsp;",
                "&eacute;",
                "&mdash;",
                "&hellip;",
                "&rsquo;",
                "&AMP;",
                "&LT;",
                "&amp;",
                "&lt;",
                "&quot;",
                "&euro;",
                "&foo;",
                "&#8212;",
                "&#x41;",
                "&#1;",
                "&#xD800;",
                "&#99999999;",
                "& ",
                "&;"))
        .list()
        .ofMaxSize(15);
  }

  @Provide
  Arbitrary<String> cdataText() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(50),
            Arbitraries.of("]", "]]", "]>", "\ud83d\ude00", "<", "&", "\u0001", "\uFFFF"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3000).ofMaxLength(9000));
    return pieces
        .list()
        .ofMaxSize(12)
        .map(l -> String.join("", l).replace("]]>", "]] >"))
        .map(s -> s.replaceAll("[\\uD800-\\uDFFF]", "x").replace("xx", "\ud83d\ude00"));
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.integers().between(1, 5000);
  }

  private static String readAll(Reader reader, int size) throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[size];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }
}
