package dev.dyad.app;

import dev.dyad.core.model.Block;
import dev.dyad.core.model.Document;
import dev.dyad.core.model.PublicationDate;
import dev.dyad.core.model.Sentence;
import dev.dyad.core.model.Warning;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/** A cleaned document laid out for a person to read and check. */
final class DocumentText {
  private DocumentText() {}

  static void print(Document d, PrintWriter out) {
    out.println("== " + d.title().orElse("(no title found)"));
    out.println("   doc_id     " + d.id());
    out.println("   uri        " + d.uri());
    if (!d.origin().equals(d.uri())) {
      out.println("   read from  " + d.origin());
    }
    out.println("   published  " + published(d.published()));
    for (Warning w : d.warnings()) {
      out.println("   warning    " + w.message());
    }
    out.println("   sentences  " + d.sentences().size());
    int width = String.valueOf(d.sentences().size()).length();
    for (Sentence s : d.sentences()) {
      String marker =
          s.kind() == Block.Kind.HEADING ? "# " : s.kind() == Block.Kind.LIST_ITEM ? "- " : "";
      out.printf("   %" + width + "d  %s%s%n", s.index() + 1, marker, s.text());
    }
    out.println();
  }

  static String published(PublicationDate p) {
    String from = p.basis().name().toLowerCase(Locale.ROOT);
    String evidence = p.evidence().isEmpty() ? "" : " \"" + p.evidence() + "\"";
    if (p.isAmbiguous()) {
      return "ambiguous: "
          + p.alternatives().stream().map(LocalDate::toString).collect(Collectors.joining(" or "))
          + " (from "
          + from
          + evidence
          + ")";
    }
    return p.date().map(date -> date + " (from " + from + evidence + ")").orElse("unknown");
  }
}
