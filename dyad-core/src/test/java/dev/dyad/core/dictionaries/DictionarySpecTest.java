package dev.dyad.core.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DictionarySpecTest {
  @Test
  void readsTheBuiltInSetAsTheDefault() {
    assertThat(DictionarySpec.parse("builtin")).isEqualTo(DictionarySpec.BUILTIN);
    assertThat(DictionarySpec.BUILTIN.isBuiltIn()).isTrue();
  }

  @Test
  void readsAPetrarchConfigAndAMergeInOrder() {
    DictionarySpec spec = DictionarySpec.parse("builtin+petrarch:dicts/phoenix.ini");
    assertThat(spec.parts())
        .containsExactly(
            new DictionarySpec.BuiltIn(), new DictionarySpec.Petrarch("dicts/phoenix.ini"));
    assertThat(spec.isBuiltIn()).isFalse();
    assertThat(spec.text()).isEqualTo("builtin+petrarch:dicts/phoenix.ini");
  }

  @Test
  void keepsAPlusInsideAFileName() {
    DictionarySpec spec = DictionarySpec.parse("petrarch:a+b.ini+builtin");
    assertThat(spec.parts())
        .containsExactly(new DictionarySpec.Petrarch("a+b.ini"), new DictionarySpec.BuiltIn());
  }

  @Test
  void refusesAnUnknownPartOrAMissingFileSayingWhatToWrite() {
    assertThatThrownBy(() -> DictionarySpec.parse("tabari:x.ini"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown dictionary set 'tabari:x.ini'")
        .hasMessageContaining("builtin, petrarch:FILE.ini");
    assertThatThrownBy(() -> DictionarySpec.parse("builtin+petrarch:"))
        .hasMessageContaining("names no file");
    assertThatThrownBy(() -> DictionarySpec.parse("  ")).hasMessageContaining("empty");
  }

  @Property(tries = 300)
  void readsBackWhatItWrites(@ForAll("specs") List<String> parts) {
    String text = String.join("+", parts);
    DictionarySpec spec = DictionarySpec.parse(text);
    assertThat(spec.text()).isEqualTo(text);
    assertThat(DictionarySpec.parse(spec.text())).isEqualTo(spec);
  }

  @Property(tries = 300)
  void anyTextParsesOrIsRefusedWithAMessage(@ForAll String text) {
    try {
      assertThat(DictionarySpec.parse(text).parts()).isNotEmpty();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<List<String>> specs() {
    Arbitrary<String> file =
        Arbitraries.strings()
            .withChars("abc/._-+ ")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(
                s ->
                    !s.isBlank()
                        && s.strip().equals(s)
                        && !s.contains("+builtin")
                        && !s.contains("+petrarch:")
                        && !s.equals("builtin"))
            .map(s -> "petrarch:" + s);
    return Arbitraries.oneOf(Arbitraries.just("builtin"), file).list().ofMinSize(1).ofMaxSize(3);
  }
}
