package dev.dyad.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {

  @TempDir Path dir;

  private Path write(String content) throws IOException {
    return Files.writeString(dir.resolve("my-actors.txt"), content);
  }

  @Test
  void addsNewEntriesAndOverridesEntriesWithTheSameCode() throws IOException {
    Path file =
        write(
            """
        # my project's additions
        XX-ALF | institution | Acme Liberation Front | =ALF | country=PRK; sector=REB
        PRK-KCNA | institution | KCNA | Korean Central News Agency | country=PRK; sector=GOV
        XX-DOE | person | Jane Doe | | country=KOR
        > KORGOV | Unification Minister | 2024-01-01 |
        """);
    ActorDictionary dictionary = ActorDictionary.builtIn().withOverrides(file);
    ActorMatcher matcher = new ActorMatcher(dictionary);

    assertThat(matcher.find("ALF fighters and KCNA and Jane Doe", LocalDate.of(2024, 5, 1)))
        .extracting(m -> m.actor().code())
        .containsExactly("PRKREB", "PRKGOV", "KORGOV");
    assertThat(dictionary.entry("PRK-KCNA").orElseThrow().source()).startsWith(file.toString());
    assertThat(dictionary.entries()).hasSize(ActorDictionary.builtIn().entries().size() + 2);
    assertThat(ActorDictionary.builtIn().entry("PRK-KCNA").orElseThrow().sector()).isEqualTo("MED");
  }

  @Test
  void userAliasWinsAClashWithABuiltInAlias() throws IOException {
    Path file =
        write(
            "KOREA | ignore | Korea | Korean Peninsula\n"
                + "MY-KOR | country | Korea (South, in my corpus) | =Korea | country=KOR\n");
    ActorMatcher matcher = new ActorMatcher(ActorDictionary.builtIn().withOverrides(file));
    assertThat(matcher.find("Korea exports rose", LocalDate.of(2024, 1, 1)))
        .extracting(m -> m.actor().code())
        .isEmpty();
  }

  @Test
  void namesFileAndLineOfAMalformedLine() throws IOException {
    Path file =
        write(
            """
        GOOD | country | Goodland | | country=ABC
        # a comment
        BAD | country | Nowhere
        """);
    assertThatThrownBy(() -> ActorDictionary.builtIn().withOverrides(file))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageStartingWith(file + ":3: expected CODE | kind | name | aliases")
        .satisfies(e -> assertThat(((DictionaryFormatException) e).line()).isEqualTo(3));
  }

  @Test
  void rejectsUnknownKindsAttributesDatesAndStrayOfficeLines() throws IOException {
    assertThatThrownBy(
            () -> ActorDictionary.builtIn().withOverrides(write("X | planet | Mars | |\n")))
        .hasMessageContaining(":1: unknown kind 'planet'");
    assertThatThrownBy(
            () -> ActorDictionary.builtIn().withOverrides(write("X | org | Foo | | colour=red\n")))
        .hasMessageContaining(":1: bad attribute 'colour=red'");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn()
                    .withOverrides(
                        write(
                            "X | person | Foo | | country=ABC\n> ABCGOV | Boss | 2020-13-01 |\n")))
        .hasMessageContaining(":2: bad date '2020-13-01'");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn().withOverrides(write("> ABCGOV | Boss | 2020-01-01 |\n")))
        .hasMessageContaining(
            ":1: an office line (>) must follow a person, place, institution or group");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn()
                    .withOverrides(write("IGOXY | org | Foo | |\n> IGOXX | Boss | 2020-01-01 |\n")))
        .hasMessageContaining(
            ":2: an office line (>) must follow a person, place, institution or group");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn()
                    .withOverrides(
                        write("X | place | Foo | | country=ABC\n> ABCGOV | held | 2020-01-01 |\n")))
        .hasMessageContaining(":2: a place's period code 'ABCGOV' is not a country code");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn()
                    .withOverrides(
                        write(
                            "X | institution | Foo | | country=ABC; sector=REB\n> ABC | held | 2020-01-01 |\n")))
        .hasMessageContaining(":2: an institution's period code 'ABC' is not a country + a sector");
    assertThatThrownBy(
            () -> ActorDictionary.builtIn().withOverrides(write("X | place | Foo | |\n")))
        .hasMessageContaining(":1: a place needs country=XXX and no sector");
    assertThatThrownBy(
            () -> ActorDictionary.builtIn().withOverrides(write("X | title | Foo | |\n")))
        .hasMessageContaining(":1: a title or group needs sector=XXX");
    assertThatThrownBy(
            () ->
                ActorDictionary.builtIn()
                    .withOverrides(write("IGOXX | org | Foo | |\nIGOXX | org | Bar | |\n")))
        .hasMessageContaining(":2: code IGOXX is already used on line 1");
  }
}
