package dev.dyad.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LenientDecodingPropertiesTest {

  @Property(tries = 300)
  void validUtf8DecodesAsTheJdkDoesWithNothingReplaced(@ForAll String text) {
    LenientText.Result r =
        LenientText.decode(text.getBytes(StandardCharsets.UTF_8), 0, StandardCharsets.UTF_8);
    assertThat(r.replaced()).isZero();
    assertThat(r.text())
        .isEqualTo(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void theStreamingReaderAgreesWithTheWholeDecoderWhateverTheChunks(
      @ForAll("bytes") byte[] bytes,
      @ForAll("charsets") Charset charset,
      @ForAll @IntRange(min = 1, max = 9000) int chunk)
      throws IOException {
    LenientText.Result whole = LenientText.decode(bytes, 0, charset);
    StringBuilder streamed = new StringBuilder();
    try (LenientReader reader = new LenientReader(trickling(bytes, chunk), charset)) {
      char[] buffer = new char[1 + chunk % 700];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        streamed.append(buffer, 0, n);
      }
      assertThat(streamed.toString()).isEqualTo(whole.text());
      assertThat(reader.replaced()).isEqualTo(whole.replaced());
    }
  }

  @Property(tries = 300)
  void everyByteOfUtf8WithStrayBytesIsKeptOrCounted(
      @ForAll String text, @ForAll @Size(max = 5) byte[] stray) {
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Fixtures.concat(good, stray);
    LenientText.Result r = LenientText.decode(bytes, 0, StandardCharsets.UTF_8);
    assertThat(r.text()).startsWith(text);
    assertThat(r.replaced()).isLessThanOrEqualTo(stray.length);
  }

  @Property(tries = 300)
  void utf16StreamedAsUtf8KeepsEveryCharacterAndReplacesOnlyBrokenUnits(
      @ForAll char[] units, @ForAll boolean bigEndian) throws IOException {
    byte[] utf16 = new byte[units.length * 2];
    for (int i = 0; i < units.length; i++) {
      utf16[2 * i + (bigEndian ? 0 : 1)] = (byte) (units[i] >> 8);
      utf16[2 * i + (bigEndian ? 1 : 0)] = (byte) units[i];
    }
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < units.length; i++) {
      char c = units[i];
      if (Character.isHighSurrogate(c)
          && i + 1 < units.length
          && Character.isLowSurrogate(units[i + 1])) {
        expected.append(c).append(units[++i]);
      } else {
        expected.append(Character.isSurrogate(c) ? "\uFFFD\uFFFD" : String.valueOf(c));
      }
    }
    byte[] utf8 = new Utf16AsUtf8(new ByteArrayInputStream(utf16), bigEndian).readAllBytes();
    assertThat(LenientText.decode(utf8, 0, StandardCharsets.UTF_8).text())
        .isEqualTo(expected.toString());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> utf8ish =
        Arbitraries.strings().ofMaxLength(4000).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000);
    Arbitrary<byte[]> mixed =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofMaxSize(10)
            .flatMap(stray -> utf8ish.map(good -> Fixtures.concat(good, stray, good)));
    return Arbitraries.oneOf(utf8ish, random, mixed);
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(
        StandardCharsets.UTF_8,
        StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE,
        TextDecoding.WINDOWS_1252,
        Charset.forName("Shift_JIS"));
  }

  /**
   * A stream that returns at most {@code chunk} bytes per read, as a network or gzip stream may.
   */
  private static InputStream trickling(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
