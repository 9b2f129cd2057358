package dev.dyad.core.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dyad.core.model.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceFamiliesTest {
  private static final List<String> ORIGINAL =
      List.of(
          "The council of Brenmoor voted on Tuesday to close the old coal harbour to heavy lorries from next spring.",
          "Residents had complained for years about noise and dust from trucks passing the primary school at night.",
          "The decision followed a public consultation in which more than two thousand people took part.",
          "Hauliers said the closure would add forty minutes to every trip to the industrial estate north of town.",
          "A new access road along the railway line is planned but will not be finished before the end of next year.",
          "The mayor said the council would review the ban after six months and publish traffic counts every quarter.");

  @Test
  void copyJoinsTheFamilyOfItsOriginalWhoseIdIsTheFamilyId() {
    SourceFamilies families = new SourceFamilies();
    Document original = FamilyTestDocs.of(String.join(" ", ORIGINAL));
    Document copy =
        FamilyTestDocs.of(
            String.join(" ", ORIGINAL) + " This report first appeared in the Brenmoor Courier.");

    assertThat(families.add(original)).isEqualTo(original.id());
    assertThat(families.add(copy)).isEqualTo(original.id());
    assertThat(families.familyOf(copy.id())).isEqualTo(original.id());
    assertThat(families.families()).isOne();
    assertThat(families.documents()).isEqualTo(2);
  }

  @Test
  void aCopyPublishedMoreThanTheWindowLaterIsAnotherSource() {
    String text = String.join(" ", ORIGINAL);
    String tagged = text + " This report first appeared in the Brenmoor Courier.";
    LocalDate day = LocalDate.of(2024, 3, 1);
    SourceFamilies families = new SourceFamilies();
    Document original = FamilyTestDocs.of(text, day);
    Document sameMonth = FamilyTestDocs.of(tagged, day.plusDays(30));
    Document twoMonthsOn = FamilyTestDocs.of(tagged + " Updated.", day.plusDays(61));

    families.add(original);
    assertThat(families.add(sameMonth)).isEqualTo(original.id());
    // 31 days from the copy and 61 from the original: compared with neither.
    assertThat(families.add(twoMonthsOn)).isEqualTo(twoMonthsOn.id());
    assertThat(families.families()).isEqualTo(2);
  }

  @Test
  void anUndatedCopyJoinsAnOriginalOfAnyDateAndLinksNothingElse() {
    String text = String.join(" ", ORIGINAL);
    LocalDate day = LocalDate.of(2024, 3, 1);
    SourceFamilies families = new SourceFamilies();
    Document original = FamilyTestDocs.of(text, day);
    Document undated = FamilyTestDocs.of(text + " This report first appeared in the Courier.");
    Document yearOn = FamilyTestDocs.of(text + " Reprinted a year on.", day.plusYears(1));

    families.add(original);
    assertThat(families.add(undated)).isEqualTo(original.id());
    // The undated copy is near both in time, so it links the year-old original to the reprint.
    assertThat(families.add(yearOn)).isEqualTo(original.id());
    FamilySignature a = families.signature(text);
    assertThat(families.related(a, Optional.of(day), a, Optional.of(day.plusDays(31)))).isFalse();
    assertThat(families.related(a, Optional.of(day), a, Optional.empty())).isTrue();
  }

  @Test
  void exactCopyIsOneDocument() {
    SourceFamilies families = new SourceFamilies();
    String text = String.join(" ", ORIGINAL);
    families.add(FamilyTestDocs.of(text, "https://a.example/1"));
    String again = families.add(FamilyTestDocs.of(text.toUpperCase(), "https://b.example/2"));

    assertThat(again).isEqualTo(FamilyTestDocs.of(text).id());
    assertThat(families.documents()).isOne();
    assertThat(families.families()).isOne();
  }

  @Test
  void shortDocumentsJoinOnlyByExactId() {
    SourceFamilies families = new SourceFamilies();
    Document a = FamilyTestDocs.of("Minister resigns over road contracts after report in capital.");
    Document b =
        FamilyTestDocs.of(
            "Minister resigns over road contracts after report in capital, aides say.");

    families.add(a);
    families.add(b);

    assertThat(families.families()).isEqualTo(2);
    assertThat(families.familyOf(b.id())).isEqualTo(b.id());
  }

  @Test
  void copyOfACopyIsInTheOriginalsFamilyEvenWhenTheyAreFarApart() {
    // Each step rewrites two sentences, so A~B and B~C hold but A and C share too little.
    String a = String.join(" ", ORIGINAL);
    String b =
        String.join(" ", ORIGINAL.subList(0, 4))
            + " An access road along the railway is planned but will not be ready until late next year."
            + " The mayor promised a review of the ban after six months and quarterly traffic figures.";
    String c =
        "Brenmoor's council decided on Tuesday to shut the old coal harbour to heavy lorries next spring."
            + " For years residents had objected to the noise and dust of trucks going past the school at night. "
            + String.join(" ", ORIGINAL.subList(2, 4))
            + " An access road along the railway is planned but will not be ready until late next year."
            + " The mayor promised a review of the ban after six months and quarterly traffic figures.";
    assertThat(FamilyTestDocs.jaccard(a, c, 5)).isLessThan(FamilyOptions.DEFAULTS.threshold());

    SourceFamilies families = new SourceFamilies();
    Document da = FamilyTestDocs.of(a);
    Document dc = FamilyTestDocs.of(c);
    families.add(da);
    families.add(dc);
    assertThat(families.families()).as("A and C alone").isEqualTo(2);
    families.add(FamilyTestDocs.of(b));

    assertThat(families.families()).isOne();
    assertThat(families.familyOf(dc.id())).isEqualTo(da.id());
  }

  @Test
  void unknownDocumentIsAnError() {
    SourceFamilies families = new SourceFamilies();
    assertThat(families.contains("0123456789abcdef")).isFalse();
    assertThatThrownBy(() -> families.familyOf("0123456789abcdef"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> new FamilyOptions(0, 128, 42, 0.3, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FamilyOptions(5, 16, 32, 0.3, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FamilyOptions(5, 128, 42, 0, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FamilyOptions(5, 128, 42, 0.3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowDays");
    assertThat(FamilyOptions.DEFAULTS.rows()).isEqualTo(3);
  }

  @Test
  void addingStoredSignaturesGivesTheFamiliesOfTheTexts() {
    String a = String.join(" ", ORIGINAL);
    List<Document> docs =
        List.of(
            FamilyTestDocs.of(a),
            FamilyTestDocs.of("Minister resigns over road contracts after report in capital."),
            FamilyTestDocs.of(a + " This report first appeared in the Brenmoor Courier."),
            FamilyTestDocs.of(
                String.join(" ", ORIGINAL.subList(0, 4))
                    + " The mayor promised a review of the ban."));
    SourceFamilies fromTexts = new SourceFamilies();
    SourceFamilies fromSignatures = new SourceFamilies();
    for (Document d : docs) {
      // Through bytes, as a store keeps them.
      FamilySignature kept =
          FamilySignature.fromBytes(fromSignatures.signature(d.text()).toBytes());
      assertThat(fromSignatures.add(d.id(), kept, d.published().date()))
          .isEqualTo(fromTexts.add(d));
    }
    for (Document d : docs) {
      assertThat(fromSignatures.familyOf(d.id())).isEqualTo(fromTexts.familyOf(d.id()));
    }
    assertThat(fromSignatures.families()).isEqualTo(fromTexts.families()).isEqualTo(2);
  }

  @Test
  void signatureBytesRoundTripAndShortTextsHaveNone() {
    SourceFamilies families = new SourceFamilies();
    FamilySignature full = families.signature(String.join(" ", ORIGINAL));
    assertThat(full.comparable()).isTrue();
    assertThat(FamilySignature.fromBytes(full.toBytes())).isEqualTo(full);
    FamilySignature tooShort = families.signature("Minister resigns.");
    assertThat(tooShort).isSameAs(FamilySignature.TOO_SHORT);
    assertThat(FamilySignature.fromBytes(tooShort.toBytes())).isSameAs(FamilySignature.TOO_SHORT);
    assertThatThrownBy(() -> FamilySignature.fromBytes(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSignatureMadeWithOtherOptionsIsRefused() {
    FamilySignature other =
        new SourceFamilies(new FamilyOptions(5, 64, 16, 0.3, 30))
            .signature(String.join(" ", ORIGINAL));
    assertThatThrownBy(() -> new SourceFamilies().add("0123456789abcdef", other, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
