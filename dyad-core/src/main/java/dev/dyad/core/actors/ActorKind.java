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
  /** A named person, coded by the office held on the article's date. */
  PERSON,
  /** A phrase that must not be coded, listed so that longest match swallows it ("Latin America"). */
  IGNORE
}
