package dev.dyad.report.brief;

/** The sections of a brief, in the order {@link BriefWalk} visits them. */
enum BriefSection {
  BOTTOM_LINE("bottom-line", "Bottom line"),
  KEY_DEVELOPMENTS("key-developments", "Key developments"),
  UNCONFIRMED("unconfirmed", "Unconfirmed"),
  REACTIONS("reactions", "Reactions"),
  ASSESSMENTS("assessments", "Assessments"),
  TIMELINE("timeline", "Timeline"),
  SOURCES("sources", "Sources"),
  METHOD("method", "On method");

  /** A stable name for anchors ({@code #key-developments}). */
  final String id;

  final String heading;

  BriefSection(String id, String heading) {
    this.id = id;
    this.heading = heading;
  }
}
