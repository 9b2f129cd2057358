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
  void cuttingCdataKeepsItsTextAndBoundsEachPiece(@ForAll("cdataText") String text) throws XMLStreamException {
    String xml = "<r>a<![CDATA[" + text + "]]>b<!-- x ]]> -->" + "<![CDATA[" + text + "]]></r>";
    StringBuilder seen = new StringBuilder();
    int longest = 0;
    XMLStreamReader reader = FeedReader.secureFactory().createXMLStreamReader(new LenientXml(new StringReader(xml)));
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.CDATA || event == XMLStreamConstants.CHARACTERS) {
        seen.append(reader.getText());
        longest = Math.max(longest, reader.getTextLength());
      }
    }
    String clean = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "\uFFFD");
    assertThat(seen.toString()).isEqualTo("a" + clean + "b" + clean);
    assertThat(longest).isLessThanOrEqualTo(LenientXml.CDATA_PIECE + 1);
  }

  @Property(tries = 100)
  void readsTheSameWhateverTheReadSizes(@ForAll("cdataText") String text, @ForAll("sizes") int size) throws Exception {
    String xml = "<r><![CDATA[" + text + "]]>&amp;<x a='1'/>" + text.replace("<", "").replace("&", "").replace("]]>", "")
        + "</r>";
    assertThat(readAll(new LenientXml(new StringReader(xml)), size)).isEqualTo(readAll(new LenientXml(new StringReader(xml)), 8192));
  }

  @Provide
  Arbitrary<String> cdataText() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(50),
        Arbitraries.of("]", "]]", "]>", "\ud83d\ude00", "<", "&", "\u0001", "\uFFFF"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3000).ofMaxLength(9000));
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l).replace("]]>", "]] >"))
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
