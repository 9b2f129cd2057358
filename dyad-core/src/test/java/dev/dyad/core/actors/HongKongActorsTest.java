package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hong Kong is an actor of its own (HKG), as the Phoenix dictionary and the Wikinews annotators
 * code it: its people, government, police and Chief Executive are not Beijing's.
 */
class HongKongActorsTest {
  private static final ActorMatcher MATCHER = new ActorMatcher(ActorDictionary.builtIn());

  private static List<String> codes(String date, String sentence) {
    return MATCHER.find(sentence, LocalDate.parse(date)).stream()
        .map(m -> m.actor().code())
        .toList();
  }

  @Test
  void codesHongKongersAndHongKongOrgansAsHkg() {
    assertThat(codes("2019-08-01", "Hongkongers marched again.")).containsExactly("HKG");
    assertThat(codes("2019-08-01", "The Hong Kong government withdrew the bill."))
        .containsExactly("HKGGOV");
    assertThat(codes("2019-08-01", "Hong Kong police fired tear gas.")).containsExactly("HKGCOP");
    assertThat(codes("2019-08-01", "Crowds gathered in Mong Kok."))
        .containsExactly("HKGCVL", "HKG");
  }

  @Test
  void codesTheChiefExecutiveAsHongKongsGovernmentNotChinas() {
    assertThat(codes("2019-08-01", "Carrie Lam spoke.")).containsExactly("HKGGOV");
    assertThat(codes("2013-08-01", "Leung Chun-ying spoke.")).containsExactly("HKGGOV");
    // Out of office she is a Hong Kong elite, still not Chinese.
    assertThat(codes("2024-08-01", "Carrie Lam spoke.")).containsExactly("HKGELI");
  }

  @Test
  void keepsBeijingAndMainlandChinaChinese() {
    assertThat(codes("2019-08-01", "Beijing warned Hong Kong.")).containsExactly("CHN", "HKG");
    assertThat(codes("2019-08-01", "Macau protested.")).containsExactly("CHN");
  }
}
