package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error answers (JSON, right status, the bad parameter named, no stack) and security headers. */
class ApiErrorsTest {
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

  static JsonNode error(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(iterable(body.fieldNames())).containsExactly("error", "message");
    assertThat(r.body())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain(".java:");
    securityHeaders(r);
    return body;
  }

  static java.util.List<String> iterable(java.util.Iterator<String> it) {
    java.util.List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  static void securityHeaders(HttpResponse<?> r) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .contains(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/claims?status=maybe, status",
    "/api/v1/claims?modality=sure, modality",
    "/api/v1/claims?type=HUG, type",
    "/api/v1/claims?dyad=PRK, dyad",
    "/api/v1/claims?actor=%3Cscript%3E, actor",
    "/api/v1/claims?since=yesterday, since",
    "/api/v1/claims?since=2026-06-01&until=2026-05-01, since",
    "/api/v1/claims?limit=0, limit",
    "/api/v1/claims?limit=many, limit",
    "/api/v1/claims?offset=-1, offset",
    "/api/v1/claims?colour=red, colour",
    "/api/v1/claims?status=confirmed&status=reported, status",
    "/api/v1/timeline?by=day&dyad=PRK%2CRUS, by",
    "/api/v1/timeline, dyad",
    "/api/v1/timeline?dyad=PRK%2CRUS&actor=PRK, actor",
    "/api/v1/search, q",
    "/api/v1/network?statuses=confirmed%2Cmaybe, statuses",
    "/api/v1/brief?dyad=PRK%2CPRK, dyad",
    "/api/v1/brief?dyad=PRK%2CRUS&format=pdf, format",
    "/api/v1/download/claims?format=xlsx, format",
    "/api/v1/changes?min_claims=0, min_claims",
  })
  void aBadParameterIs400NamingIt(String path, String parameter) throws IOException {
    JsonNode body = error(server.get(path), 400);
    assertThat(body.get("error").asText()).isEqualTo("bad_parameter");
    assertThat(body.get("message").asText()).startsWith(parameter + ":");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/nothing",
        "/api/v1/claims/no-such-claim",
        "/api/v1/download/people",
        "/nothing.js"
      })
  void anUnknownThingIs404(String path) throws IOException {
    assertThat(error(server.get(path), 404).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void aWrongMethodIs405() throws IOException {
    HttpResponse<String> r =
        server.send(
            server
                .request("/api/v1/claims")
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(error(r, 405).get("error").asText()).isEqualTo("method_not_allowed");
    HttpResponse<String> put =
        server.send(
            server.request("/api/v1/stats").PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
    error(put, 405);
  }

  @Test
  void aMalformedRequestJettyRefusesIsJsonToo() throws IOException {
    // Sent by hand: HttpClient will not send a path with a bad percent escape.
    try (Socket s = new Socket("127.0.0.1", server.server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(
          "GET /api/v1/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).contains("Content-Security-Policy: default-src 'none'");
      assertThat(answer)
          .contains("{\"error\":")
          .doesNotContain("Exception")
          .doesNotContain("<html");
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndNoCors() {
    for (String path :
        new String[] {
          "/",
          "/js/app.js",
          "/css/app.css",
          "/webjars/echarts/5.3.1/dist/echarts.min.js",
          "/api/v1/health",
          "/api/v1/openapi.json"
        }) {
      HttpResponse<String> r =
          server.send(server.request(path).header("Origin", "http://evil.example").GET().build());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      securityHeaders(r);
    }
    HttpResponse<String> preflight =
        server.send(
            server
                .request("/api/v1/claims")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theDashboardHasNoInlineScript() {
    String page = server.get("/").body();
    assertThat(page).contains("<script type=\"module\" src=\"js/app.js\">");
    assertThat(page.replaceAll("<script[^>]*src=\"[^\"]+\"[^>]*></script>", ""))
        .doesNotContain("<script")
        .doesNotContain(" style=")
        .doesNotContain("<style")
        .doesNotContain("https://");
  }
}
