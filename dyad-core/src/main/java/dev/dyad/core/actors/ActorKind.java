package dev.dyad.core.actors;

/** What a dictionary entry names. */
public enum ActorKind {
  /** A state, current or historical; its code is the ISO 3166 alpha-3 code (or a CAMEO one). */
  COUNTRY,
  /** An intergovernmental or non-governmental organisation, coded CAMEO-style (IGO…, NGO…). */
  ORGANIZATION,
  /** A named body that implies a country and a sector: the Kremlin, KCNA, the Pentagon. */
  INSTITUTION,
  /** A role word (troops, ministry) that adds a sector to the country before it. */
  ROLE,
  /**
   * A role word that can stand before a person's name ("President", "Defence Minister", "General"):
   * it adds its sector like a role, and a name after it is a person even when the dictionary does
   * not list them.
   */
  TITLE,
  /**
   * An ethnic or religious group ("Uighurs", "Shiites", "ethnic Albanians"): a role word with a
   * sector whose country is where the group lives, named in the phrase or the sentence, else its
   * home country when it has one ({@code country=}).
   */
  GROUP,
  /**
   * A place that implies a country: a city, region or territory ("Gaza", "Darfur", "Crimea"). Its
   * country may change with the date (office-style period lines).
   */
  PLACE,
  /** A named person, coded by the office held on the article's date. */
  PERSON,
  /**
   * A phrase that must not be coded, listed so that longest match swallows it ("Latin America").
   */
  IGNORE
}
