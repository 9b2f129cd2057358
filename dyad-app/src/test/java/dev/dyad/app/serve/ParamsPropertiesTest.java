package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The query parameters are parsed from whatever a client sends: any value of any filter answers 200
 * or a 400 naming that parameter, as JSON, and never a server error.
 */
class ParamsPropertiesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static Path dir;
  static RunningServer server;

  @BeforeContainer
  static void start() throws Exception {
    dir = Files.createTempDirectory("dyad-params");
    server = RunningServer.examples(dir);
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(
        "actor", "dyad", "type", "status", "modality", "since", "until", "text", "limit", "offset");
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("0123456789-,W").ofMaxLength(12),
        Arbitraries.of(
            "PRK,RUS", "2026-02-30", "-1", "99999999999", ",", "PRK,", "\u0000", "%", "<script>"));
  }

  @Property(tries = 150)
  void anyFilterValueIsAnsweredOrRefusedByName(
      @ForAll("names") String name, @ForAll("values") String value) throws Exception {
    String query = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    for (String endpoint : new String[] {"claims", "dyads"}) {
      HttpResponse<String> r = server.get("/api/v1/" + endpoint + "?" + query);
      assertThat(r.statusCode()).as(query + " " + r.body()).isIn(200, 400);
      JsonNode body = JSON.readTree(r.body());
      if (r.statusCode() == 400) {
        assertThat(body.get("message").asText()).startsWith(name + ":");
      }
    }
  }
}
