package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.claims.ClaimStatus;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the API on a real server over a real store of the sample corpus: the answers
 * against the store's own, every filter, pages, and the contract field names.
 */
class ApiEndpointsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static RunningServer server;

  @BeforeAll
  static void start() {
    server = RunningServer.examples(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(String pathAndQuery) {
    HttpResponse<String> r = server.get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    try {
      return JSON.readTree(r.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<JsonNode> items(JsonNode page) {
    return StreamSupport.stream(page.get("items").spliterator(), false).toList();
  }

  static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  @Test
  void healthAndStatsDescribeTheStore() {
    JsonNode health = json("/api/v1/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("writes").asBoolean()).isFalse();
    assertThat(health.get("store").asText()).isEqualTo("dyad.db");
    JsonNode stats = json("/api/v1/stats");
    assertThat(stats.get("documents").asInt()).isEqualTo(17);
    assertThat(stats.get("claims").asInt()).isEqualTo(allClaimsCount());
    assertThat(stats.get("families").asInt()).isPositive();
  }

  private static int allClaimsCount() {
    return json("/api/v1/claims?limit=1").get("total").asInt();
  }

  @Test
  void claimsPageThroughTheWholeFilteredSetInOrder() {
    JsonNode all = json("/api/v1/claims?limit=1000");
    int total = all.get("total").asInt();
    assertThat(total).isGreaterThan(10);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < total; offset += 7) {
      JsonNode page = json("/api/v1/claims?limit=7&offset=" + offset);
      assertThat(page.get("limit").asInt()).isEqualTo(7);
      assertThat(page.get("offset").asInt()).isEqualTo(offset);
      items(page).forEach(c -> paged.add(c.get("claim_id").asText()));
    }
    assertThat(paged).isEqualTo(items(all).stream().map(c -> c.get("claim_id").asText()).toList());
    assertThat(items(json("/api/v1/claims?offset=" + total))).isEmpty();
    // The contract's field names, as dyad claims --format jsonl writes them.
    JsonNode first = items(all).get(0);
    assertThat(iterable(first.fieldNames()))
        .containsExactly(
            "claim_id",
            "statement",
            "source",
            "target",
            "event_type",
            "mode",
            "object",
            "status",
            "documents",
            "independent_sources",
            "modality_profile",
            "first_reported",
            "last_reported",
            "mentions");
  }

  static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  @Test
  void everyClaimFilterSelectsWhatTheCommandLineWould() {
    assertThat(items(json("/api/v1/claims?status=disputed&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.get("status").asText().equals("disputed"));
    assertThat(items(json("/api/v1/claims?dyad=RUS,PRK&limit=1000")))
        .hasSize(10)
        .allMatch(
            c ->
                Set.of(c.get("source").get("code").asText(), c.get("target").get("code").asText())
                    .equals(Set.of("PRK", "RUS")));
    assertThat(items(json("/api/v1/claims?actor=kor&limit=1000")))
        .isNotEmpty()
        .allMatch(
            c ->
                c.get("source").get("code").asText().startsWith("KOR")
                    || c.get("target").get("code").asText().startsWith("KOR"));
    assertThat(items(json("/api/v1/claims?type=AID&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.get("event_type").asText().equals("AID"));
    assertThat(items(json("/api/v1/claims?modality=negated&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.get("modality_profile").get("negated").asInt() > 0);
    assertThat(items(json("/api/v1/claims?since=2026-06-01&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.get("last_reported").asText().compareTo("2026-06-01") >= 0);
    assertThat(items(json("/api/v1/claims?until=2026-03-31&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.get("first_reported").asText().compareTo("2026-03-31") <= 0);
    assertThat(items(json("/api/v1/claims?text=" + enc("troops") + "&limit=1000")))
        .isNotEmpty()
        .allMatch(c -> c.toString().toLowerCase(java.util.Locale.ROOT).contains("troops"));
    // All together: the disputed troop deployment between North Korea and Russia.
    List<JsonNode> one =
        items(
            json(
                "/api/v1/claims?dyad=PRK,RUS&type=AID&status=disputed&modality=negated&text=troops"));
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("statement").asText()).contains("troops");
  }

  @Test
  void aClaimComesWithItsEvidenceSpansAndCues() {
    String id =
        items(json("/api/v1/claims?dyad=PRK,RUS&status=disputed")).get(0).get("claim_id").asText();
    JsonNode c = json("/api/v1/claims/" + id);
    assertThat(c.get("claim_id").asText()).isEqualTo(id);
    assertThat(c.get("evidence")).hasSize(c.get("mentions").size());
    for (JsonNode e : c.get("evidence")) {
      String sentence = e.get("sentence").asText();
      int start = e.get("span").get(0).asInt();
      int end = e.get("span").get(1).asInt();
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(sentence.length());
      assertThat(e.get("doc_id").asText()).isNotBlank();
      assertThat(e.get("family_id").asText()).isNotBlank();
    }
    assertThat(c.get("evidence").findValuesAsText("modality")).contains("negated", "reported");
  }

  @Test
  void eventsFilterAndPageAsDyadEvents() {
    JsonNode all = json("/api/v1/events?limit=1000");
    assertThat(all.get("total").asInt()).isEqualTo(json("/api/v1/stats").get("events").asInt());
    assertThat(items(json("/api/v1/events?dyad=PRK,RUS&modality=negated&limit=1000")))
        .isNotEmpty()
        .allMatch(e -> e.get("modality").asText().equals("negated"));
    assertThat(items(json("/api/v1/events?type=AID&actor=PRK&limit=1000")))
        .isNotEmpty()
        .allMatch(e -> e.get("event_type").asText().equals("AID"));
    assertThat(items(json("/api/v1/events?since=2026-05-01&until=2026-05-31&limit=1000")))
        .isNotEmpty();
    assertThat(items(json("/api/v1/events?limit=5&offset=5")))
        .extracting(e -> e.get("event_id").asText())
        .isEqualTo(
            items(all).subList(5, 10).stream().map(e -> e.get("event_id").asText()).toList());
  }

  @Test
  void assessmentsAreListedApartWithTheirTopics() {
    JsonNode a = json("/api/v1/assessments");
    assertThat(a.get("total").asInt()).isEqualTo(json("/api/v1/stats").get("assessments").asInt());
    assertThat(items(a)).allMatch(x -> x.has("topic") && x.has("direction"));
    assertThat(items(json("/api/v1/assessments?dyad=PRK,RUS"))).isNotEmpty();
  }

  @Test
  void rankingsAnswerAsTheAnalyticsCommands() {
    List<JsonNode> actors = items(json("/api/v1/actors?limit=3"));
    assertThat(actors).extracting(x -> x.get("code").asText()).containsExactly("PRK", "RUS", "KOR");
    List<JsonNode> dyads = items(json("/api/v1/dyads?limit=1"));
    assertThat(dyads.get(0).get("a").asText() + dyads.get(0).get("b").asText()).isEqualTo("PRKRUS");
    assertThat(dyads.get(0).get("by_status").get("disputed").asInt()).isEqualTo(1);
    assertThat(items(json("/api/v1/dyads?status=confirmed&limit=50")))
        .allMatch(d -> d.get("by_status").size() == 1 && d.get("by_status").has("confirmed"));
  }

  @Test
  void timelinesOfADyadAndAnActorByMonthAndWeek() {
    JsonNode t = json("/api/v1/timeline?dyad=PRK,RUS");
    assertThat(t.get("by").asText()).isEqualTo("month");
    assertThat(t.get("periods").findValuesAsText("period"))
        .containsExactly("2026-03", "2026-04", "2026-05");
    JsonNode march = t.get("periods").get(0);
    assertThat(march.get("cooperation_by_status").get("confirmed").asDouble()).isEqualTo(2.0);
    assertThat(march.get("cooperation_by_status").get("reported").asDouble()).isEqualTo(0.75);
    double sum = 0;
    for (JsonNode v : march.get("cooperation_by_status")) {
      sum += v.asDouble();
    }
    assertThat(sum).isEqualTo(march.get("cooperation").asDouble());
    assertThat(t.get("unplaced")).hasSize(3);

    JsonNode weeks = json("/api/v1/timeline?dyad=PRK,RUS&by=week&since=2026-05-01");
    assertThat(weeks.get("periods").findValuesAsText("period")).allMatch(p -> p.contains("-W"));
    assertThat(weeks.get("periods").findValuesAsText("start"))
        .allMatch(d -> !LocalDate.parse(d).plusDays(6).isBefore(LocalDate.of(2026, 5, 1)));

    JsonNode actor = json("/api/v1/timeline?actor=PRK&status=disputed");
    assertThat(actor.get("a").asText()).isEqualTo("PRK");
    assertThat(actor.get("claims").asInt()).isEqualTo(1);
  }

  @Test
  void theNetworkDrawsFactualClaimsUnlessAskedForMore() {
    JsonNode n = json("/api/v1/network");
    assertThat(iterableText(n.get("statuses"))).containsExactly("confirmed", "reported");
    assertThat(iterableText(n.get("nodes"), "code")).contains("PRK", "RUS");
    JsonNode wider = json("/api/v1/network?statuses=confirmed,reported,disputed,alleged");
    assertThat(wider.get("edges").size()).isGreaterThanOrEqualTo(n.get("edges").size());
    for (JsonNode e : n.get("edges")) {
      assertThat(e.get("kind").asText()).isEqualTo("edge");
      assertThat(e.get("weight").asInt()).isEqualTo(e.get("claim_ids").size());
    }
  }

  static List<String> iterableText(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  static List<String> iterableText(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.get(field).asText()));
    return out;
  }

  @Test
  void whatChangedComparesTheLatestWeekWithTheFourBefore() {
    JsonNode c = json("/api/v1/changes");
    assertThat(c.get("threshold").asDouble()).isEqualTo(0.25);
    assertThat(c.get("week").asText()).matches("\\d{4}-W\\d{2}");
    assertThat(LocalDate.parse(c.get("prior_start").asText()))
        .isEqualTo(LocalDate.parse(c.get("week_start").asText()).minusWeeks(4));
    for (JsonNode r : c.get("actors")) {
      assertThat(r.get("claims_latest").asInt() + r.get("claims_prior").asInt())
          .isGreaterThanOrEqualTo(3);
      if (!r.get("change").isNull()) {
        assertThat(Math.abs(r.get("change").asDouble())).isGreaterThan(0.25);
      }
    }
    JsonNode strict = json("/api/v1/changes?min_claims=1000");
    assertThat(strict.get("dyads")).isEmpty();
    assertThat(strict.get("actors")).isEmpty();
  }

  @Test
  void searchFindsSentencesWithTheirEvents() {
    List<JsonNode> hits = items(json("/api/v1/search?q=" + enc("troops deployed") + "&limit=5"));
    assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(hits.get(0).get("sentence").asText().toLowerCase(java.util.Locale.ROOT))
        .contains("troops");
    assertThat(hits.get(0).has("events")).isTrue();
  }

  @Test
  void aDocumentHasItsTextSentencesAndEventSpans() {
    JsonNode claim = items(json("/api/v1/claims?dyad=PRK,RUS&status=disputed")).get(0);
    String docId = claim.get("mentions").get(0).get("doc_id").asText();
    JsonNode d = json("/api/v1/documents/" + docId);
    String text = d.get("text").asText();
    assertThat(d.get("doc_id").asText()).isEqualTo(docId);
    assertThat(d.get("sentence_offsets")).hasSize(d.get("sentences").size());
    for (int i = 0; i < d.get("sentences").size(); i++) {
      JsonNode off = d.get("sentence_offsets").get(i);
      assertThat(text.substring(off.get(0).asInt(), off.get(1).asInt()))
          .isEqualTo(d.get("sentences").get(i).asText());
    }
    assertThat(d.get("events")).isNotEmpty();
    for (JsonNode e : d.get("events")) {
      String sentence = d.get("sentences").get(e.get("sentence_index").asInt()).asText();
      assertThat(sentence).isEqualTo(e.get("sentence").asText());
      assertThat(e.get("span").get(1).asInt()).isLessThanOrEqualTo(sentence.length());
    }
    assertThat(server.get("/api/v1/documents/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void theBriefComesAsMarkdownOrHtml() {
    HttpResponse<String> md = server.get("/api/v1/brief?dyad=PRK,RUS");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("North Korea").contains("Russia");
    HttpResponse<String> html = server.get("/api/v1/brief?actor=PRK&format=html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).startsWith("<!DOCTYPE html>");
    assertThat(html.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
  }

  @Test
  void downloadsHoldExactlyTheFilteredSetInEveryFormat() throws Exception {
    String filter = "dyad=PRK,RUS&status=reported";
    int expected = json("/api/v1/claims?" + filter).get("total").asInt();
    assertThat(expected).isPositive();
    String jsonl = server.get("/api/v1/download/claims?" + filter + "&format=jsonl").body();
    assertThat(jsonl.lines())
        .hasSize(expected)
        .allMatch(l -> l.contains("\"status\":\"reported\""));
    HttpResponse<String> csv = server.get("/api/v1/download/claims?" + filter + "&format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("claim_id,");
    byte[] parquet =
        server.getBytes("/api/v1/download/claims?" + filter + "&format=parquet").body();
    Path file = dir.resolve("claims.parquet");
    Files.write(file, parquet);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE status = 'reported') FROM read_parquet('"
                    + file.toString().replace("'", "''")
                    + "')")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(expected);
      assertThat(r.getInt(2)).isEqualTo(expected);
    }
    int events = json("/api/v1/events?type=AID").get("total").asInt();
    assertThat(server.get("/api/v1/download/events?type=AID&format=jsonl").body().lines())
        .hasSize(events);
    assertThat(server.get("/api/v1/download/assessments?format=csv").body().lines().count())
        .isGreaterThan(1);
  }

  @Test
  void claimStatusesInTheContractAreTheCommandLinesLabels() {
    for (ClaimStatus s : ClaimStatus.values()) {
      assertThat(server.get("/api/v1/claims?status=" + s.label()).statusCode()).isEqualTo(200);
    }
  }
}
