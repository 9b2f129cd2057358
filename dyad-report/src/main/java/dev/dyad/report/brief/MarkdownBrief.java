package dev.dyad.report.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link Brief} as Markdown, with article text escaped. Every part is a block (a line, a
 * list, a table), and blocks are set apart by one blank line.
 */
public final class MarkdownBrief implements BriefWriter {
  private final StringBuilder out = new StringBuilder();

  private MarkdownBrief() {}

  /** The brief as one Markdown document, ending with a newline. */
  public static String render(Brief brief) {
    return BriefWalk.render(brief, new MarkdownBrief());
  }

  @Override
  public void begin(String title, String period) {
    block("# " + plain(title));
    block(text(period));
  }

  @Override
  public void open(BriefSection section) {
    block("## " + section.heading);
  }

  @Override
  public void close(BriefSection section) {}

  @Override
  public void subheading(String text) {
    block("### " + plain(text));
  }

  @Override
  public void note(String text) {
    block(plain(text));
  }

  @Override
  public void findings(List<String> sentences) {
    block(sentences.stream().map(MarkdownBrief::text).collect(Collectors.joining(" ")));
  }

  @Override
  public void developments(List<Development> items, Listing listing) {
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (Development d : items) {
      String marker = listing == Listing.NUMBERED ? n++ + ". " : "- ";
      String claim =
          switch (listing) {
            case NUMBERED -> "**" + Wording.date(d) + ": " + text(Wording.statement(d)) + ".**";
            case PLANNED -> "*" + d.status().label() + "*: " + text(Wording.statement(d)) + ".";
            case REACTIONS ->
                Wording.date(d)
                    + ": "
                    + text(Wording.statement(d))
                    + text(Wording.statusNote(d))
                    + ".";
          };
      lines.add(marker + claim + " " + text(Wording.backing(d, listing == Listing.NUMBERED)) + ".");
      String indent = " ".repeat(marker.length());
      lines.add(
          indent
              + "> "
              + text(Wording.quote(d.evidence()))
              + " "
              + cite(List.of(d.evidence().citation())));
      d.denial()
          .ifPresent(
              q -> {
                lines.add(indent + ">");
                lines.add(
                    indent
                        + "> "
                        + Wording.DENIED
                        + " "
                        + text(Wording.quote(q))
                        + " "
                        + cite(List.of(q.citation())));
              });
    }
    block(lines);
  }

  @Override
  public void topics(List<TopicAssessment> topics) {
    List<String> lines = new ArrayList<>();
    for (TopicAssessment t : topics) {
      lines.add(
          "- **"
              + text(Wording.topicLabel(t))
              + "**: "
              + text(Wording.topicSupport(t))
              + ". "
              + plain(t.statement())
              + ".");
      lines.add(
          "  > " + text(Wording.quote(t.quote())) + " " + cite(List.of(t.quote().citation())));
    }
    block(lines);
  }

  @Override
  public void speculated(List<String> events) {
    block(Wording.speculatedEvents(events.stream().map(MarkdownBrief::text).toList()));
  }

  @Override
  public void timeline(Timeline t) {
    List<String> lines = new ArrayList<>();
    lines.add(row(Wording.timelineColumns(t)));
    lines.add("|---|---:|---:|---:|---:|---:|");
    for (Timeline.Row r : t.rows()) {
      lines.add(row(Wording.timelineCells(r)));
    }
    block(lines);
  }

  @Override
  public void sources(List<Source> sources) {
    block(
        sources.stream()
            .map(
                s ->
                    s.number()
                        + ". *"
                        + text(Wording.title(s))
                        + "*. "
                        + uri(s.uri())
                        + ". "
                        + text(Wording.sourceDate(s))
                        + "; "
                        + text(Wording.family(s))
                        + ".")
            .toList());
  }

  @Override
  public void quality(String wording) {
    block("**" + Wording.QUALITY_LABEL + "** " + text(wording));
  }

  @Override
  public void notes(List<String> notes) {
    block(notes.stream().map(n -> "- " + plain(n)).toList());
  }

  @Override
  public String end() {
    return out.toString();
  }

  private static String row(List<String> cells) {
    return "| "
        + cells.stream().map(MarkdownBrief::plain).collect(Collectors.joining(" | "))
        + " |";
  }

  private static String uri(String uri) {
    return Html.linkable(uri)
        .filter(u -> !u.matches(".*[\\s<>].*"))
        .map(u -> "<" + u + ">")
        .orElse(MarkdownText.escape(uri));
  }

  /** Untrusted or generated text without citations: markers dropped, then escaped. */
  private static String plain(String text) {
    return MarkdownText.escape(Cites.clean(text));
  }

  /** Escapes wording and untrusted text alike, then writes its citation markers. */
  private static String text(String wording) {
    return Cites.render(MarkdownText.escape(wording), MarkdownBrief::cite);
  }

  private static String cite(List<Integer> numbers) {
    return "[" + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
  }

  private void block(String line) {
    block(List.of(line));
  }

  /** Lines that belong together, a blank line before them unless they open the document. */
  private void block(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    if (out.length() > 0) {
      out.append('\n');
    }
    lines.forEach(l -> out.append(l).append('\n'));
  }
}
