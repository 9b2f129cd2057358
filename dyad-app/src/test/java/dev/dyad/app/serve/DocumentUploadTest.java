package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.core.dictionaries.DictionaryLoadException;
import dev.dyad.core.dictionaries.DictionarySet;
import dev.dyad.core.dictionaries.DictionarySpec;
import dev.dyad.store.IngestedStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/v1/documents: off without a token, guarded by the bearer token, limited in size, and
 * written so that readers never see half of it.
 */
class DocumentUploadTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "a-test-token-of-some-length";

  @TempDir Path dir;

  /** Invented reports, one per line, in the JSON Lines input contract. */
  static String reports(int n, String salt) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(
          String.format(
              "{\"url\":\"https://example.net/%s/%d\",\"title\":\"Talks %d\",\"published\":\"2026-06-%02d\","
                  + "\"text\":\"SEOUL — South Korea sent medical aid to Mongolia on Tuesday, officials said."
                  + " The shipment %s-%d was the largest this year.\"}%n",
              salt, i, i, 1 + i % 28, salt, i));
    }
    return out.toString();
  }

  HttpResponse<String> post(RunningServer s, String type, String body, String auth) {
    HttpRequest.Builder b =
        s.request("/api/v1/documents").POST(HttpRequest.BodyPublishers.ofString(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return s.send(b.build());
  }

  @Test
  void writesAreOffWithoutAToken() throws Exception {
    try (RunningServer s = RunningServer.examples(dir)) {
      HttpResponse<String> r = post(s, "application/x-ndjson", reports(1, "x"), "Bearer " + TOKEN);
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("writes_disabled");
    }
  }

  @Test
  void writesNeedTheBearerToken() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("w.db"));
    try (RunningServer s = RunningServer.over(db, Optional.of(TOKEN), 1 << 20)) {
      HttpResponse<String> none = post(s, "application/x-ndjson", reports(1, "a"), null);
      assertThat(none.statusCode()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(post(s, "application/x-ndjson", reports(1, "a"), "Bearer wrong").statusCode())
          .isEqualTo(401);
      assertThat(post(s, "application/x-ndjson", reports(1, "a"), TOKEN).statusCode())
          .isEqualTo(401);
      assertThat(post(s, "application/x-ndjson", reports(1, "a"), "Basic " + TOKEN).statusCode())
          .isEqualTo(401);
      assertThat(JSON.readTree(s.get("/api/v1/stats").body()).get("documents").asInt())
          .isEqualTo(17);

      HttpResponse<String> ok = post(s, "application/x-ndjson", reports(2, "a"), "Bearer " + TOKEN);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      JsonNode answer = JSON.readTree(ok.body());
      assertThat(answer.get("read").asInt()).isEqualTo(2);
      assertThat(answer.get("stored").asInt()).isEqualTo(2);
      assertThat(JSON.readTree(s.get("/api/v1/stats").body()).get("documents").asInt())
          .isEqualTo(19);
      assertThat(JSON.readTree(s.get("/api/v1/health").body()).get("writes").asBoolean()).isTrue();
      // Again: already stored, nothing new.
      JsonNode again =
          JSON.readTree(post(s, "application/x-ndjson", reports(2, "a"), "Bearer " + TOKEN).body());
      assertThat(again.get("already_stored").asInt()).isEqualTo(2);
    }
  }

  @Test
  void codesWhatItTakesWithTheDictionariesTheServerWasStartedWith() throws Exception {
    Files.writeString(
        dir.resolve("verbs.txt"), "--- BESTOW  [070] ---\nBESTOW\n- * SUBSIDY [071]\n");
    Files.writeString(dir.resolve("states.txt"), "RURITANIA [RUR]\n\nGRAUSTARK [GRK]\n");
    Path ini =
        Files.writeString(
            dir.resolve("set.ini"),
            "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = states.txt\n");
    DictionarySpec spec = DictionarySpec.parse("builtin+petrarch:" + ini);
    Path db = IngestedStore.examples(dir.resolve("d.db"));
    String body =
        "{\"url\":\"https://example.net/subsidy\",\"published\":\"2026-06-01\","
            + "\"text\":\"Ruritania bestowed a subsidy on Graustark on Monday.\"}\n";
    try (RunningServer s =
        RunningServer.over(
            db, ServerSettings.loopback(0).withToken(Optional.of(TOKEN)).withDictionaries(spec))) {
      HttpResponse<String> r = post(s, "application/x-ndjson", body, "Bearer " + TOKEN);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("events").asInt()).isEqualTo(1);
    }
    String hash = DictionarySet.load(spec).hash();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement st = c.createStatement();
        ResultSet rows =
            st.executeQuery(
                "SELECT source_code, target_code, cameo, dictionaries, dictionaries_hash"
                    + " FROM events WHERE doc_uri = 'https://example.net/subsidy'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1) + ">" + rows.getString(2) + " " + rows.getString(3))
          .isEqualTo("RUR>GRK 071");
      assertThat(rows.getString(4)).isEqualTo(spec.text());
      assertThat(rows.getString(5)).isEqualTo(hash);
    }
  }

  @Test
  void aServerWithWritesReadsItsDictionariesAtStart() {
    Path db = IngestedStore.examples(dir.resolve("m.db"));
    DictionarySpec missing = DictionarySpec.parse("petrarch:" + dir.resolve("absent.ini"));
    assertThatThrownBy(
            () ->
                RunningServer.over(
                    db,
                    ServerSettings.loopback(0)
                        .withToken(Optional.of(TOKEN))
                        .withDictionaries(missing)))
        .isInstanceOf(DictionaryLoadException.class)
        .hasMessageContaining("absent.ini");
  }

  @Test
  void anHtmlPageIsIngestedWithItsAddressAndBadLinesAreReported() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("h.db"));
    try (RunningServer s = RunningServer.over(db, Optional.of(TOKEN), 1 << 20)) {
      String page =
          "<html><head><title>Aid arrives</title></head><body><article><p>ULAANBAATAR — South Korea"
              + " delivered flood relief to Mongolia on Monday, the foreign ministry said.</p>"
              + "</article></body></html>";
      HttpRequest req =
          s.request(
                  "/api/v1/documents?url="
                      + java.net.URLEncoder.encode("https://example.net/aid", "UTF-8"))
              .header("Content-Type", "text/html; charset=utf-8")
              .header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.ofString(page))
              .build();
      HttpResponse<String> r = s.send(req);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("stored").asInt()).isEqualTo(1);
      assertThat(s.get("/api/v1/search?q=flood%20relief").body())
          .contains("https://example.net/aid");

      HttpResponse<String> bad =
          post(s, "application/x-ndjson", "{not json\n" + reports(1, "b"), "Bearer " + TOKEN);
      JsonNode answer = JSON.readTree(bad.body());
      assertThat(answer.get("stored").asInt()).isEqualTo(1);
      assertThat(answer.get("failed").asInt()).isEqualTo(1);
      assertThat(answer.get("errors").get(0).get("where").asText())
          .startsWith("request body")
          .doesNotContain("/tmp");

      HttpResponse<String> js =
          s.send(
              s.request("/api/v1/documents?url=javascript:alert(1)")
                  .header("Content-Type", "text/html")
                  .header("Authorization", "Bearer " + TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString(page))
                  .build());
      assertThat(js.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(js.body()).get("message").asText()).startsWith("url:");
    }
  }

  @Test
  void anUnknownTypeIs415AndAnOversizeBodyIs413() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("l.db"));
    try (RunningServer s = RunningServer.over(db, Optional.of(TOKEN), 4096)) {
      HttpResponse<String> text = post(s, "text/plain", "hello", "Bearer " + TOKEN);
      assertThat(text.statusCode()).isEqualTo(415);
      assertThat(JSON.readTree(text.body()).get("error").asText())
          .isEqualTo("unsupported_media_type");
      HttpResponse<String> big =
          post(s, "application/x-ndjson", reports(60, "big"), "Bearer " + TOKEN);
      assertThat(big.statusCode()).isEqualTo(413);
      assertThat(JSON.readTree(big.body()).get("error").asText()).isEqualTo("too_large");
      assertThat(JSON.readTree(s.get("/api/v1/stats").body()).get("documents").asInt())
          .isEqualTo(17);
    }
  }

  @Test
  void readersNeverSeeAHalfWrittenBatch() throws Exception {
    Path db = IngestedStore.examples(dir.resolve("c.db"));
    try (RunningServer s = RunningServer.over(db, Optional.of(TOKEN), 8 << 20)) {
      String before = s.get("/api/v1/claims?limit=1").body();
      JsonNode stats0 = JSON.readTree(s.get("/api/v1/stats").body());
      List<String> seen = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean done = new AtomicBoolean();
      Thread reader =
          new Thread(
              () -> {
                while (!done.get()) {
                  JsonNode st = read(s, "/api/v1/stats");
                  seen.add(st.get("documents").asInt() + "/" + st.get("claims").asInt());
                }
              });
      reader.start();
      HttpResponse<String> r =
          post(s, "application/x-ndjson", reports(400, "bulk"), "Bearer " + TOKEN);
      done.set(true);
      reader.join();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode stats1 = JSON.readTree(s.get("/api/v1/stats").body());
      String start = stats0.get("documents").asInt() + "/" + stats0.get("claims").asInt();
      String end = stats1.get("documents").asInt() + "/" + stats1.get("claims").asInt();
      assertThat(stats1.get("documents").asInt()).isEqualTo(17 + 400);
      assertThat(seen).isNotEmpty().allMatch(x -> x.equals(start) || x.equals(end));
      assertThat(before).isNotEqualTo(s.get("/api/v1/claims?limit=1").body());
    }
  }

  static JsonNode read(RunningServer s, String path) {
    try {
      return JSON.readTree(s.get(path).body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
