package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A target introduced by a description of the person before a comma ("his old rival, Joe Biden") is
 * still the verb's target: the description only names the role.
 */
class DescribedTargetsEventsTest {
  @Test
  void anEndorsementOfARivalNamedAfterACommaIsCoded() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "America's Congress met in Washington on Tuesday.",
                    "Senator Mitt Romney endorsed his old rival, Joe Biden, on Thursday.")))
        .containsExactly("USALEG>USAELI SUPPORT");
  }

  @Test
  void aMeetingWithAnAllyNamedAfterACommaIsCoded() {
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    LocalDate.of(2020, 6, 1),
                    "Boris Johnson flew to Paris on Monday and met his longtime ally,"
                        + " Emmanuel Macron, at the Elysee.")))
        .contains("GBRGOV>FRAGOV CONSULT");
  }

  @Test
  void aNameAfterAThingIsNotTheTarget() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Vladimir Putin criticised the new rules, Ukraine's foreign ministry reported.")))
        .doesNotContain("RUSGOV>UKRGOV ACCUSE");
  }
}
