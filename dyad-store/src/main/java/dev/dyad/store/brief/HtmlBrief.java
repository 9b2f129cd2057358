package dev.dyad.store.brief;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link Brief} as one self-contained HTML file: inline CSS with print rules, an inline
 * SVG chart, no scripts and no outside resources. All text is escaped; only http and https
 * sources become links.
 */
public final class HtmlBrief {
  private static final String CSS = """
      :root { --ink: #1d1d1f; --muted: #5b5b63; --rule: #d8d8de; --accent: #2d4f7c; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 16px/1.5 Georgia, "Times New Roman", serif; }
      main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
      h1, h2, h3 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
      h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
      h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
      .period, .note, .support { color: var(--muted); }
      .period { margin: 0; }
      .bottom-line { font-size: 1.05rem; }
      ol.items, ul.items { padding-left: 1.4rem; }
      .items li { margin-bottom: .9rem; }
      .claim { margin: 0; }
      .date { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .85rem; color: var(--muted); margin-right: .35rem; }
      .support { margin: .1rem 0 .3rem; font-size: .92rem; }
      blockquote { margin: .3rem 0 0; padding: .1rem 0 .1rem .8rem; border-left: 3px solid var(--rule); font-style: italic; }
      blockquote .denial { font-style: normal; font-weight: bold; }
      .status { font-family: "Helvetica Neue", Arial, sans-serif; font-size: .8rem; text-transform: uppercase;
        letter-spacing: .03em; color: var(--muted); }
      section.assessments { background: #f6f6f8; padding: .1rem 1rem 1rem; border-radius: 4px; }
      a { color: var(--accent); }
      a.cite { text-decoration: none; }
      table { border-collapse: collapse; margin: .8rem 0; font: .9rem/1.4 "Helvetica Neue", Arial, sans-serif; }
      th, td { border-bottom: 1px solid var(--rule); padding: .25rem .6rem; text-align: right; }
      th:first-child, td:first-child { text-align: left; }
      svg.chart { width: 100%; height: auto; max-width: 40rem; font: 11px "Helvetica Neue", Arial, sans-serif; }
      ol.sources li { margin-bottom: .35rem; word-break: break-word; }
      footer { margin-top: 2rem; font-size: .9rem; color: var(--muted); }
      @page { margin: 16mm 15mm; }
      @media print {
        body { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        a { color: inherit; text-decoration: none; }
        h2, h3 { break-after: avoid; page-break-after: avoid; }
        .items li, blockquote, table, svg.chart, ol.sources li { break-inside: avoid; page-break-inside: avoid; }
        section.assessments { background: none; border: 1px solid var(--rule); }
        svg.chart { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      }
      """;

  private final StringBuilder out = new StringBuilder();

  private HtmlBrief() {}

  /** The brief as one HTML document. */
  public static String render(Brief brief) {
    return new HtmlBrief().write(brief);
  }

  private String write(Brief b) {
    String title = "Brief: " + b.subject().title();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"period\">")
        .append(text(Wording.period(b))).append("</p>\n</header>\n");

    open("bottom-line", "Bottom line", "");
    out.append("<p class=\"bottom-line\">")
        .append(b.bottomLine().stream().map(f -> text(Wording.finding(f))).collect(Collectors.joining(" ")))
        .append("</p>\n");
    close();

    open("key-developments", "Key developments", "");
    developments(b.keyDevelopments(), "ol", "No confirmed or reported development " + b.subject().phrase() + ".", false);
    close();

    open("unconfirmed", "Unconfirmed", "");
    developments(b.unconfirmed(), "ol", "Nothing " + b.subject().phrase() + " is alleged or disputed.", false);
    if (!b.plannedAndDenied().isEmpty()) {
      out.append("<h3>Planned, conditional and denied</h3>\n<p class=\"note\">Not facts: announced intentions,"
          + " conditions and denials.</p>\n");
      developments(b.plannedAndDenied(), "ul", "", true);
    }
    close();

    open("reactions", "Reactions", "");
    if (b.reactions().isEmpty()) {
      out.append("<p class=\"note\">No reaction by a third party in the sources.</p>\n");
    }
    for (ReactionGroup g : b.reactions()) {
      out.append("<h3>").append(plain(g.actor().name())).append("</h3>\n");
      developments(g.reactions(), "ul", "", true);
    }
    close();

    open("assessments", "Assessments", "assessments");
    out.append("<p class=\"note\">Forecasts in the sources, by topic: what they say could happen, not what"
        + " happened. None of it counts among the developments above.</p>\n");
    if (b.assessments().isEmpty()) {
      out.append("<p class=\"note\">No assessment in the sources.</p>\n");
    } else {
      out.append("<ul class=\"items\">\n");
      for (TopicAssessment t : b.assessments()) {
        out.append("<li><p class=\"claim\"><strong>").append(text(Wording.topicLabel(t))).append("</strong>: ")
            .append(text(Wording.topicSupport(t))).append(". ")
            .append(plain(t.statement())).append(".</p>\n<blockquote>").append(text(Wording.quote(t.quote())))
            .append(' ').append(cite(List.of(t.quote().citation()))).append("</blockquote></li>\n");
      }
      out.append("</ul>\n");
    }
    if (!b.speculatedEvents().isEmpty()) {
      out.append("<p>Events the sources only speculate about, never report: ")
          .append(b.speculatedEvents().stream().map(d -> text(Wording.speculated(d))).collect(Collectors.joining("; ")))
          .append(".</p>\n");
    }
    close();

    open("timeline", "Timeline", "");
    timeline(b.timeline(), b.subject());
    close();

    open("sources", "Sources", "");
    if (b.sources().isEmpty()) {
      out.append("<p class=\"note\">No source.</p>\n");
    } else {
      out.append("<ol class=\"sources\">\n");
      for (Source s : b.sources()) {
        out.append("<li id=\"source-").append(s.number()).append("\"><cite>").append(text(Wording.title(s)))
            .append("</cite>. ").append(uri(s.uri())).append(". ").append(text(Wording.sourceDate(s))).append("; ")
            .append(text(Wording.family(s))).append(".</li>\n");
      }
      out.append("</ol>\n");
    }
    out.append("<p class=\"quality\"><strong>Source quality.</strong> ")
        .append(text(Wording.quality(b.quality(), b.subject()))).append("</p>\n");
    close();

    out.append("<footer id=\"method\">\n<h2>On method</h2>\n<ul>\n");
    b.method().forEach(n -> out.append("<li>").append(plain(n)).append("</li>\n"));
    out.append("</ul>\n</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void developments(List<Development> items, String list, String none, boolean withStatus) {
    if (items.isEmpty()) {
      out.append("<p class=\"note\">").append(plain(none)).append("</p>\n");
      return;
    }
    out.append('<').append(list).append(" class=\"items\">\n");
    for (Development d : items) {
      out.append("<li><p class=\"claim\"><span class=\"date\">").append(Html.escape(Wording.date(d))).append("</span>");
      if (withStatus && !Wording.statusNote(d).isEmpty()) {
        out.append("<span class=\"status\">").append(Html.escape(d.status().label())).append("</span> ");
      }
      out.append("<strong>").append(text(Wording.statement(d))).append("</strong></p>\n")
          .append("<p class=\"support\">").append(text(withStatus ? Wording.support(d) : Wording.statusAndSupport(d))).append(": ").append(text(Wording.voices(d)))
          .append(".</p>\n<blockquote>").append(text(Wording.quote(d.evidence()))).append(' ')
          .append(cite(List.of(d.evidence().citation())));
      d.denial().ifPresent(q -> out.append("<br><span class=\"denial\">Denied:</span> ").append(text(Wording.quote(q)))
          .append(' ').append(cite(List.of(q.citation()))));
      out.append("</blockquote></li>\n");
    }
    out.append("</").append(list).append(">\n");
  }

  private void timeline(Timeline t, BriefSubject subject) {
    if (t.rows().isEmpty()) {
      out.append("<p class=\"note\">").append(plain("No claim to place in time." + (t.unplaced() > 0
          ? " " + Plural.of(t.unplaced(), "claim") + " of this brief " + (t.unplaced() == 1 ? "has" : "have") + " no date."
          : ""))).append("</p>\n");
      return;
    }
    out.append(TimelineChart.svg(t));
    String unit = t.unit().substring(0, 1).toUpperCase(Locale.ROOT) + t.unit().substring(1);
    out.append("<table>\n<thead><tr><th>").append(unit).append("</th><th>Claims</th><th>Facts</th>"
        + "<th>Unconfirmed</th><th>Not facts</th><th>Balance</th></tr></thead>\n<tbody>\n");
    for (Timeline.Row r : t.rows()) {
      out.append("<tr><td>").append(plain(r.label())).append("</td><td>").append(r.claims())
          .append("</td><td>").append(r.facts()).append("</td><td>").append(r.unconfirmed()).append("</td><td>")
          .append(r.notFacts()).append("</td><td>").append(Html.escape(Wording.balance(r.balance()))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"note\">").append(plain(Wording.timelineNote(t, subject))).append("</p>\n");
  }

  private static String uri(String uri) {
    String shown = Html.escape(uri);
    return Html.linkable(uri).map(u -> "<a href=\"" + Html.escape(u) + "\">" + shown + "</a>").orElse(shown);
  }

  /** Untrusted or generated text without citations: markers dropped, then escaped. */
  private static String plain(String text) {
    return Html.escape(Cites.clean(text));
  }

  /** Escapes wording and untrusted text alike, then writes its citation markers as links. */
  private static String text(String wording) {
    return Cites.render(Html.escape(wording), HtmlBrief::cite);
  }

  private static String cite(List<Integer> numbers) {
    return "[" + numbers.stream()
        .map(n -> "<a class=\"cite\" href=\"#source-" + n + "\">" + n + "</a>")
        .collect(Collectors.joining(", ")) + "]";
  }

  private void open(String id, String heading, String cssClass) {
    out.append("<section id=\"").append(id).append('"')
        .append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append(">\n<h2>")
        .append(Html.escape(heading)).append("</h2>\n");
  }

  private void close() {
    out.append("</section>\n");
  }
}
