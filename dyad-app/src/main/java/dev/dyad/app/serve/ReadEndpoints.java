package dev.dyad.app.serve;

import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimStatus;
import dev.dyad.core.coding.Event;
import dev.dyad.core.query.ClaimQuery;
import dev.dyad.core.query.EventQuery;
import dev.dyad.report.export.NetworkGraph;
import dev.dyad.report.json.AnalyticsJson;
import dev.dyad.report.json.ClaimJson;
import dev.dyad.report.json.DocumentJson;
import dev.dyad.report.json.EventJson;
import dev.dyad.report.json.Json;
import dev.dyad.report.json.MentionJson;
import dev.dyad.report.json.SearchJson;
import dev.dyad.store.ClaimPage;
import dev.dyad.store.SearchHit;
import dev.dyad.store.StoreCounts;
import dev.dyad.store.StoredText;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The GET endpoints of the API: each reads the store through {@link StoreAccess} and answers in the
 * field names of the command line's JSON Lines contracts (docs/contracts.md), lists as pages {@code
 * {total, limit, offset, items}}.
 */
final class ReadEndpoints {
  static final int MAX_LIMIT = 1000;

  private final StoreAccess store;
  private final AnswerCache cache;

  ReadEndpoints(StoreAccess store, AnswerCache cache) {
    this.store = store;
    this.cache = cache;
  }

  /** Writes the answer, from the cache when this request was answered in this generation. */
  private void answer(Context ctx, Supplier<Object> compute) {
    String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
    String json = cache.get(key, store.generation(), () -> Json.write(compute.get()));
    ctx.contentType(Answers.JSON).result(json);
  }

  void health(Context ctx) {
    Params.of(ctx, List.of());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("store", store.name());
    m.put("writes", store.writable());
    Answers.json(ctx, m);
  }

  void stats(Context ctx) {
    Params.of(ctx, List.of());
    answer(
        ctx,
        () ->
            store.read(
                s -> {
                  StoreCounts c = s.counts();
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("documents", c.documents());
                  m.put("sentences", c.sentences());
                  m.put("events", c.events());
                  m.put("claims", c.claims());
                  m.put("assessments", c.assessments());
                  m.put("families", s.families());
                  return m;
                }));
  }

  void actors(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("limit"));
    ClaimQuery q = p.claimQuery();
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    answer(
        ctx,
        () ->
            items(
                store.read(s -> s.analytics().actors(q, limit)).stream()
                    .map(AnalyticsJson::actor)
                    .toList()));
  }

  void dyads(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("limit"));
    ClaimQuery q = p.claimQuery();
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    answer(
        ctx,
        () ->
            items(
                store.read(s -> s.analytics().dyads(q, limit)).stream()
                    .map(AnalyticsJson::dyad)
                    .toList()));
  }

  /**
   * A dyad's or an actor's timeline; {@code since} and {@code until} bound claim dates (as {@code
   * dyad timeline}), the other filters choose the claims.
   */
  void timeline(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("by"));
    var since = p.since();
    var until = p.until();
    var dyad = p.dyad();
    var actor = p.actor("actor");
    if (dyad.isEmpty() && actor.isEmpty()) {
      throw ApiException.badParameter("dyad", "a timeline needs dyad=A,B or actor=CODE");
    }
    if (dyad.isPresent() && actor.isPresent()) {
      throw ApiException.badParameter("actor", "give dyad or actor, not both");
    }
    var period = p.period();
    // The claim filters without the dates: here they bound claim dates, not report dates.
    ClaimQuery q = p.claimQuery().within(Optional.empty(), Optional.empty());
    answer(ctx, () -> store.read(s -> TimelineView.of(s.analytics(), q, period, since, until)));
  }

  void network(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("statuses"));
    ClaimQuery q = p.claimQuery();
    var statuses = java.util.EnumSet.copyOf(p.statuses("statuses", NetworkGraph.FACTUAL));
    answer(
        ctx,
        () -> {
          NetworkGraph g = store.read(s -> s.analytics().network(q, statuses));
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("statuses", statuses.stream().map(ClaimStatus::label).toList());
          m.put("nodes", g.nodes().stream().map(AnalyticsJson::node).toList());
          m.put("edges", g.edges().stream().map(AnalyticsJson::edge).toList());
          return m;
        });
  }

  void changes(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("min_claims"));
    ClaimQuery q = p.claimQuery();
    int minClaims = p.integer("min_claims", 3, 1, 1000);
    answer(ctx, () -> store.read(s -> WhatChanged.of(s, q, q.until(), minClaims)));
  }

  void claims(Context ctx) {
    Params p = Params.of(ctx, Params.withFilters("limit", "offset", "mentions"));
    ClaimQuery q = p.claimQuery();
    Params.Page page = p.page(50, MAX_LIMIT);
    boolean mentions = p.bool("mentions", true);
    answer(
        ctx,
        () -> {
          ClaimPage claims = store.read(s -> s.claims(q, page.limit(), page.offset(), mentions));
          // Without mentions (a table of claims needs none), each item is the claim's object
          // less its "mentions" field, rather than a claim that seems to have none.
          List<Map<String, Object>> items = new java.util.ArrayList<>();
          for (Claim c : claims.claims()) {
            Map<String, Object> item = ClaimJson.claim(c);
            if (!mentions) {
              item.remove("mentions");
            }
            items.add(item);
          }
          return Answers.page(claims.total(), page, items);
        });
  }

  /**
   * One claim with its mentions, and each mention's evidence: the event's span and modality cue.
   */
  void claim(Context ctx) {
    Params.of(ctx, List.of());
    String id = ctx.pathParam("id");
    answer(
        ctx,
        () ->
            store.read(
                s -> {
                  Claim c =
                      s.claim(id)
                          .orElseThrow(() -> ApiException.notFound("no claim with id " + id));
                  Map<String, Event> events = new LinkedHashMap<>();
                  s.eventsById(c.mentions().stream().map(ClaimMention::eventId).toList())
                      .forEach(e -> events.put(e.eventId(), e));
                  Map<String, Object> m = ClaimJson.claim(c);
                  m.put("evidence", c.mentions().stream().map(x -> evidence(x, events)).toList());
                  return m;
                }));
  }

  private static Map<String, Object> evidence(ClaimMention x, Map<String, Event> events) {
    Map<String, Object> m = MentionJson.of(x);
    Event e = events.get(x.eventId());
    m.put("span", e == null ? null : List.of(e.span().start(), e.span().end()));
    m.put("source_text", e == null ? null : e.source().text());
    m.put("target_text", e == null ? null : e.targetText());
    m.put("event_type", e == null ? null : e.eventType().name());
    return m;
  }

  void events(Context ctx) {
    Params p =
        Params.of(
            ctx, List.of("actor", "dyad", "type", "modality", "since", "until", "limit", "offset"));
    EventQuery q = p.eventQuery();
    Params.Page page = p.page(50, MAX_LIMIT);
    answer(
        ctx,
        () -> Answers.page(store.read(s -> s.events(q)), page, e -> EventJson.fields((Event) e)));
  }

  void assessments(Context ctx) {
    Params p =
        Params.of(ctx, List.of("actor", "dyad", "since", "until", "text", "limit", "offset"));
    var q = p.assessmentQuery();
    Params.Page page = p.page(50, MAX_LIMIT);
    answer(
        ctx,
        () ->
            Answers.page(
                store.read(s -> s.assessments(q)),
                page,
                a -> ClaimJson.assessment((dev.dyad.core.claims.Assessment) a)));
  }

  void search(Context ctx) {
    Params p = Params.of(ctx, List.of("q", "limit"));
    String query = p.required("q");
    int limit = p.integer("limit", 20, 1, MAX_LIMIT);
    answer(
        ctx,
        () -> {
          List<SearchHit> hits = store.read(s -> s.search(query, limit));
          return items(
              hits.stream()
                  .map(
                      h ->
                          SearchJson.hit(
                              h.sentence().docId(),
                              h.sentence().uri(),
                              h.sentence().sentenceIndex(),
                              h.sentence().text(),
                              h.sentence().score(),
                              h.events()))
                  .toList());
        });
  }

  /**
   * A document as {@code dyad clean --json} writes it, with its clean text, each sentence's offsets
   * into it, and its events as {@code dyad code} writes them (spans are offsets into their
   * sentence).
   */
  void document(Context ctx) {
    Params.of(ctx, List.of());
    String id = ctx.pathParam("doc_id");
    answer(
        ctx,
        () -> {
          StoredText t =
              store
                  .read(s -> s.document(id))
                  .orElseThrow(() -> ApiException.notFound("no document with id " + id));
          Map<String, Object> m = DocumentJson.fields(t.document());
          m.put("text", t.document().text());
          m.put(
              "sentence_offsets",
              t.document().sentences().stream().map(s -> List.of(s.start(), s.end())).toList());
          m.put("events", t.events().stream().map(EventJson::fields).toList());
          return m;
        });
  }

  private static Map<String, Object> items(List<?> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", items.size());
    m.put("items", items);
    return m;
  }
}
