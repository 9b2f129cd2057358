package dev.dyad.store.brief;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes a {@link Brief} as Markdown, with article text escaped. */
public final class MarkdownBrief {
  private final StringBuilder out = new StringBuilder();

  private MarkdownBrief() {}

  /** The brief as one Markdown document, ending with a newline. */
  public static String render(Brief brief) {
    return new MarkdownBrief().write(brief);
  }

  private String write(Brief b) {
    line("# Brief: " + plain(b.subject().title()));
    line();
    line(text(Wording.period(b)));
    heading("Bottom line");
    line(b.bottomLine().stream().map(f -> text(Wording.finding(f))).collect(Collectors.joining(" ")));

    heading("Key developments");
    numbered(b.keyDevelopments(), "No confirmed or reported development " + b.subject().phrase() + ".");

    heading("Unconfirmed");
    numbered(b.unconfirmed(), "Nothing " + b.subject().phrase() + " is alleged or disputed.");
    if (!b.plannedAndDenied().isEmpty()) {
      line();
      line("### Planned, conditional and denied");
      line();
      line("Not facts: announced intentions, conditions and denials.");
      line();
      for (Development d : b.plannedAndDenied()) {
        line("- *" + d.status().label() + "*: " + text(Wording.statement(d)) + ". " + text(Wording.support(d))
            + ": " + text(Wording.voices(d)) + ".");
        quotes(d, "  ");
      }
    }

    heading("Reactions");
    if (b.reactions().isEmpty()) {
      line("No reaction by a third party in the sources.");
    }
    boolean firstGroup = true;
    for (ReactionGroup g : b.reactions()) {
      if (!firstGroup) {
        line();
      }
      firstGroup = false;
      line("### " + plain(g.actor().name()));
      line();
      for (Development d : g.reactions()) {
        line("- " + Wording.date(d) + ": " + text(Wording.statement(d)) + text(Wording.statusNote(d)) + ". "
            + text(Wording.support(d)) + ": " + text(Wording.voices(d)) + ".");
        quotes(d, "  ");
      }
    }

    heading("Assessments");
    line("Forecasts in the sources, by topic: what they say could happen, not what happened."
        + " None of it counts among the developments above.");
    line();
    if (b.assessments().isEmpty()) {
      line("No assessment in the sources.");
    }
    for (TopicAssessment t : b.assessments()) {
      line("- **" + text(Wording.topicLabel(t)) + "**: " + text(Wording.topicSupport(t)) + ". " + plain(t.statement()) + ".");
      line("  > " + text(Wording.quote(t.quote())) + " " + cite(List.of(t.quote().citation())));
    }
    if (!b.speculatedEvents().isEmpty()) {
      line();
      line("Events the sources only speculate about, never report: "
          + b.speculatedEvents().stream().map(d -> text(Wording.speculated(d))).collect(Collectors.joining("; ")) + ".");
    }

    heading("Timeline");
    timeline(b.timeline(), b.subject());

    heading("Sources");
    if (b.sources().isEmpty()) {
      line("No source.");
    }
    for (Source s : b.sources()) {
      line(s.number() + ". *" + text(Wording.title(s)) + "*. " + uri(s.uri()) + ". " + text(Wording.sourceDate(s))
          + "; " + text(Wording.family(s)) + ".");
    }
    line();
    line("**Source quality.** " + text(Wording.quality(b.quality(), b.subject())));

    heading("On method");
    b.method().forEach(n -> line("- " + plain(n)));
    return out.toString();
  }

  private void numbered(List<Development> items, String none) {
    if (items.isEmpty()) {
      line(plain(none));
      return;
    }
    int n = 1;
    for (Development d : items) {
      String number = n++ + ". ";
      line(number + "**" + Wording.date(d) + ": " + text(Wording.statement(d)) + ".** " + text(Wording.statusAndSupport(d))
          + ": " + text(Wording.voices(d)) + ".");
      quotes(d, " ".repeat(number.length()));
    }
  }

  private void quotes(Development d, String indent) {
    line(indent + "> " + text(Wording.quote(d.evidence())) + " " + cite(List.of(d.evidence().citation())));
    d.denial().ifPresent(q -> {
      line(indent + ">");
      line(indent + "> Denied: " + text(Wording.quote(q)) + " " + cite(List.of(q.citation())));
    });
  }

  private void timeline(Timeline t, BriefSubject subject) {
    if (t.rows().isEmpty()) {
      line(plain("No claim to place in time." + (t.unplaced() > 0 ? " " + Plural.of(t.unplaced(), "claim") + " of this brief "
          + (t.unplaced() == 1 ? "has" : "have") + " no date." : "")));
      return;
    }
    String unit = t.unit().substring(0, 1).toUpperCase(Locale.ROOT) + t.unit().substring(1);
    line("| " + unit + " | Claims | Facts | Unconfirmed | Not facts | Balance |");
    line("|---|---:|---:|---:|---:|---:|");
    for (Timeline.Row r : t.rows()) {
      line("| " + plain(r.label()) + " | " + r.claims() + " | " + r.facts() + " | " + r.unconfirmed()
          + " | " + r.notFacts() + " | " + Wording.balance(r.balance()) + " |");
    }
    line();
    line(plain(Wording.timelineNote(t, subject)));
  }

  private static String uri(String uri) {
    return Html.linkable(uri).filter(u -> !u.matches(".*[\\s<>].*")).map(u -> "<" + u + ">").orElse(MarkdownText.escape(uri));
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

  private void heading(String title) {
    line();
    line("## " + title);
    line();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private void line() {
    out.append('\n');
  }
}
