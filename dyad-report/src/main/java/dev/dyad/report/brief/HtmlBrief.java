package dev.dyad.report.brief;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Brief} as one self-contained HTML file: inline CSS with print rules, an inline
 * SVG chart, no scripts and no outside resources. All text is escaped; only http and https sources
 * become links.
 */
public final class HtmlBrief implements BriefWriter {
  private static final String CSS =
      """
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
    return BriefWalk.render(brief, new HtmlBrief());
  }

  @Override
  public void begin(String title, String period) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"period\">")
        .append(text(period))
        .append("</p>\n</header>\n");
  }

  /** A section; the notes on method are the page's footer. */
  @Override
  public void open(BriefSection section) {
    if (section == BriefSection.METHOD) {
      out.append("<footer id=\"")
          .append(section.id)
          .append("\">\n<h2>")
          .append(Html.escape(section.heading))
          .append("</h2>\n");
      return;
    }
    out.append("<section id=\"")
        .append(section.id)
        .append('"')
        .append(section == BriefSection.ASSESSMENTS ? " class=\"assessments\"" : "")
        .append(">\n<h2>")
        .append(Html.escape(section.heading))
        .append("</h2>\n");
  }

  @Override
  public void close(BriefSection section) {
    out.append(section == BriefSection.METHOD ? "</footer>\n" : "</section>\n");
  }

  @Override
  public void subheading(String text) {
    out.append("<h3>").append(plain(text)).append("</h3>\n");
  }

  @Override
  public void note(String text) {
    out.append("<p class=\"note\">").append(plain(text)).append("</p>\n");
  }

  @Override
  public void findings(List<String> sentences) {
    out.append("<p class=\"bottom-line\">")
        .append(sentences.stream().map(HtmlBrief::text).collect(Collectors.joining(" ")))
        .append("</p>\n");
  }

  /** Numbered developments state their status with the support; the others mark it apart. */
  @Override
  public void developments(List<Development> items, Listing listing) {
    String list = listing == Listing.NUMBERED ? "ol" : "ul";
    boolean withStatus = listing != Listing.NUMBERED;
    out.append('<').append(list).append(" class=\"items\">\n");
    for (Development d : items) {
      out.append("<li><p class=\"claim\"><span class=\"date\">")
          .append(Html.escape(Wording.date(d)))
          .append("</span>");
      if (withStatus && !Wording.statusNote(d).isEmpty()) {
        out.append("<span class=\"status\">")
            .append(Html.escape(d.status().label()))
            .append("</span> ");
      }
      out.append("<strong>")
          .append(text(Wording.statement(d)))
          .append("</strong></p>\n")
          .append("<p class=\"support\">")
          .append(text(Wording.backing(d, !withStatus)))
          .append(".</p>\n<blockquote>")
          .append(text(Wording.quote(d.evidence())))
          .append(' ')
          .append(cite(List.of(d.evidence().citation())));
      d.denial()
          .ifPresent(
              q ->
                  out.append("<br><span class=\"denial\">")
                      .append(Wording.DENIED)
                      .append("</span> ")
                      .append(text(Wording.quote(q)))
                      .append(' ')
                      .append(cite(List.of(q.citation()))));
      out.append("</blockquote></li>\n");
    }
    out.append("</").append(list).append(">\n");
  }

  @Override
  public void topics(List<TopicAssessment> topics) {
    out.append("<ul class=\"items\">\n");
    for (TopicAssessment t : topics) {
      out.append("<li><p class=\"claim\"><strong>")
          .append(text(Wording.topicLabel(t)))
          .append("</strong>: ")
          .append(text(Wording.topicSupport(t)))
          .append(". ")
          .append(plain(t.statement()))
          .append(".</p>\n<blockquote>")
          .append(text(Wording.quote(t.quote())))
          .append(' ')
          .append(cite(List.of(t.quote().citation())))
          .append("</blockquote></li>\n");
    }
    out.append("</ul>\n");
  }

  @Override
  public void speculated(List<String> events) {
    out.append("<p>")
        .append(Wording.speculatedEvents(events.stream().map(HtmlBrief::text).toList()))
        .append("</p>\n");
  }

  @Override
  public void timeline(Timeline t) {
    out.append(TimelineChart.svg(t));
    out.append("<table>\n<thead><tr>");
    Wording.timelineColumns(t).forEach(c -> out.append("<th>").append(plain(c)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (Timeline.Row r : t.rows()) {
      out.append("<tr>");
      Wording.timelineCells(r).forEach(c -> out.append("<td>").append(plain(c)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  @Override
  public void sources(List<Source> sources) {
    out.append("<ol class=\"sources\">\n");
    for (Source s : sources) {
      out.append("<li id=\"source-")
          .append(s.number())
          .append("\"><cite>")
          .append(text(Wording.title(s)))
          .append("</cite>. ")
          .append(uri(s.uri()))
          .append(". ")
          .append(text(Wording.sourceDate(s)))
          .append("; ")
          .append(text(Wording.family(s)))
          .append(".</li>\n");
    }
    out.append("</ol>\n");
  }

  @Override
  public void quality(String wording) {
    out.append("<p class=\"quality\"><strong>")
        .append(Wording.QUALITY_LABEL)
        .append("</strong> ")
        .append(text(wording))
        .append("</p>\n");
  }

  @Override
  public void notes(List<String> notes) {
    out.append("<ul>\n");
    notes.forEach(n -> out.append("<li>").append(plain(n)).append("</li>\n"));
    out.append("</ul>\n");
  }

  @Override
  public String end() {
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static String uri(String uri) {
    String shown = Html.escape(uri);
    return Html.linkable(uri)
        .map(u -> "<a href=\"" + Html.escape(u) + "\">" + shown + "</a>")
        .orElse(shown);
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
    return "["
        + numbers.stream()
            .map(n -> "<a class=\"cite\" href=\"#source-" + n + "\">" + n + "</a>")
            .collect(Collectors.joining(", "))
        + "]";
  }
}
