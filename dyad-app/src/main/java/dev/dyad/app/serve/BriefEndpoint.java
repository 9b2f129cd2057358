package dev.dyad.app.serve;

import dev.dyad.core.actors.ActorDictionary;
import dev.dyad.report.brief.Brief;
import dev.dyad.report.brief.BriefBuilder;
import dev.dyad.report.brief.BriefRequest;
import dev.dyad.report.brief.HtmlBrief;
import dev.dyad.report.brief.MarkdownBrief;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/brief}: the analyst brief of a dyad or an actor, as {@code dyad brief} writes
 * it, in Markdown or as one HTML file. Sent as a download: the HTML brief carries its own inline
 * style, which this server's Content-Security-Policy would not apply in place.
 */
final class BriefEndpoint {
  private final StoreAccess store;
  private final ActorDictionary dictionary;

  BriefEndpoint(StoreAccess store, ActorDictionary dictionary) {
    this.store = store;
    this.dictionary = dictionary;
  }

  void brief(Context ctx) {
    Params p = Params.of(ctx, List.of("dyad", "actor", "since", "until", "format"));
    var dyad = p.dyad();
    var actor = p.actor("actor");
    if (dyad.isPresent() == actor.isPresent()) {
      throw ApiException.badParameter("dyad", "a brief needs dyad=A,B or actor=CODE (one of them)");
    }
    String format = p.string("format").orElse("md").toLowerCase(Locale.ROOT);
    if (!format.equals("md") && !format.equals("html")) {
      throw ApiException.badParameter("format", "md or html, not " + format);
    }
    BriefRequest request;
    try {
      request =
          (dyad.isPresent()
                  ? BriefRequest.dyad(dyad.get().get(0), dyad.get().get(1))
                  : BriefRequest.actor(actor.get()))
              .within(p.since(), p.until());
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(dyad.isPresent() ? "dyad" : "actor", e.getMessage());
    }
    Brief brief = store.read(s -> new BriefBuilder(s, dictionary).build(request));
    String name = "brief-" + String.join("-", request.codes()).toLowerCase(Locale.ROOT);
    if (format.equals("html")) {
      ctx.contentType("text/html; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".html\"");
      ctx.result(HtmlBrief.render(brief));
    } else {
      ctx.contentType("text/markdown; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".md\"");
      ctx.result(MarkdownBrief.render(brief));
    }
  }
}
