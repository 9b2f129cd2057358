package dev.dyad.report.brief;

import java.util.List;

/**
 * A brief renderer: what it writes for each part of a brief, called by {@link BriefWalk} in reading
 * order. The walk decides what is said (every sentence from {@link Wording}) and in which order; a
 * writer decides only how it looks. Wording may carry citation markers ({@link Cites}); untrusted
 * text never does, and each writer escapes both.
 */
interface BriefWriter {
  /** How a list of developments is laid out. */
  enum Listing {
    /** Key developments and unconfirmed claims: numbered, dated, status with support. */
    NUMBERED,
    /** Planned, conditional and denied claims: by status, undated. */
    PLANNED,
    /** A third party's reactions: dated, a status note where it is not a fact. */
    REACTIONS
  }

  /** The title ("Brief: …", untrusted names in it) and the wording under it. */
  void begin(String title, String period);

  void open(BriefSection section);

  void close(BriefSection section);

  /** A heading inside a section: untrusted or fixed text, no citations. */
  void subheading(String text);

  /** A remark in the muted style: text without citations. */
  void note(String text);

  /** The bottom line: its sentences, as wording. */
  void findings(List<String> sentences);

  /** Developments, at least one. */
  void developments(List<Development> items, Listing listing);

  /** Assessments by topic, at least one. */
  void topics(List<TopicAssessment> topics);

  /** Events only speculated about, each as wording, at least one. */
  void speculated(List<String> events);

  /** The timeline, with at least one row. */
  void timeline(Timeline timeline);

  /** The numbered sources, at least one. */
  void sources(List<Source> sources);

  /** The source-quality note, as wording. */
  void quality(String wording);

  /** Notes on method: plain text, one item each. */
  void notes(List<String> notes);

  /** The finished document. */
  String end();
}
