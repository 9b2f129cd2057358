package dev.dyad.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Wire news of the civil wars of the 1990s: forces that shell their own capital, guerrillas and
 * separatists named by their people in a region of one state, and the wounded they evacuate.
 */
class CivilWarEventsTest {
  private static final LocalDate JUNE_1995 = LocalDate.of(1995, 6, 1);

  private static java.util.List<String> dyads(String sentence) {
    return Docs.dyads(Docs.publishedOn(JUNE_1995, sentence));
  }

  @Test
  void forcesThatShellTheirOwnCapitalStrikeACity() {
    assertThat(dyads("Bosnian Serb forces shelled Sarajevo on Tuesday."))
        .containsExactly("BIHMIL>BIH ASSAULT");
    assertThat(dyads("Somali militiamen attacked Mogadishu."))
        .containsExactly("SOMREB>SOM ASSAULT");
    // Entering is no attack, and a state's own capital is no one it meets.
    assertThat(dyads("Bosnian troops entered Sarajevo.")).isEmpty();
  }

  @Test
  void guerrillasOfAPeopleInARegionOfOneStateAreThatStatesRebels() {
    assertThat(dyads("Kurdish guerrillas killed 10 Turkish soldiers in southeast Turkey."))
        .containsExactly("TURREB>TURMIL ASSAULT");
    assertThat(dyads("Indian troops killed five Kashmiri separatists."))
        .containsExactly("INDMIL>INDREB ASSAULT");
  }

  @Test
  void rebelsNamedByTheirCauseFightTheirOwnState() {
    assertThat(dyads("The Peruvian army attacked communist rebels on Sunday."))
        .containsExactly("PERMIL>PERREB ASSAULT");
    assertThat(dyads("Colombia's government signed a peace deal with leftist rebels."))
        .containsExactly("COLGOV>COLREB SUPPORT", "COLREB>COLGOV SUPPORT");
    assertThat(dyads("Israeli troops killed three Islamist militants.")).isEmpty();
  }

  @Test
  void theWoundedOneEvacuatesAreNotWoundedByIt() {
    assertThat(dyads("UN peacekeepers evacuated wounded civilians from Srebrenica."))
        .noneMatch(d -> d.endsWith("ASSAULT"));
    assertThat(dyads("Serb gunmen wounded two Bosnian policemen."))
        .containsExactly("SRBUAF>BIHCOP ASSAULT");
  }

  @Test
  void forcesBackedByAnotherActStill() {
    assertThat(
            Docs.dyads(
                Docs.of(
                    "Somali forces, backed by African Union troops, recaptured Kismayo from"
                        + " al-Shabaab.")))
        .containsExactly("SOMMIL>SOMREB ASSAULT");
    assertThat(
            Docs.dyads(
                Docs.of("Syrian troops, supported by Russian airstrikes, captured Palmyra.")))
        .containsExactly("SYRMIL>SYR ASSAULT");
  }

  @Test
  void politicalPrisonersFreedAndArmsForAnotherStatesRebels() {
    java.time.LocalDate june1985 = java.time.LocalDate.of(1985, 6, 1);
    assertThat(
            Docs.dyads(
                Docs.publishedOn(june1985, "Polish authorities released 225 political prisoners.")))
        .containsExactly("POLGOV>POLCVL RETREAT");
    // Arms for Salvadoran guerrillas are no aid to the accuser.
    assertThat(
            Docs.dyads(
                Docs.publishedOn(
                    june1985,
                    "The Reagan administration accused Nicaragua of supplying arms to Salvadoran"
                        + " guerrillas.")))
        .noneMatch(d -> d.startsWith("NIC>USA"));
  }
}
