package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document at /api/v1/openapi.json against the routes the server registered. */
class OpenApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static RunningServer server;
  static JsonNode doc;

  @BeforeAll
  static void start() throws Exception {
    server = RunningServer.examples(dir);
    doc = JSON.readTree(server.get("/api/v1/openapi.json").body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void documentsExactlyTheRoutesTheServerHas() {
    Set<String> documented = new TreeSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> documented.add(m + " " + p.getKey())));
    Set<String> registered = new TreeSet<>();
    for (DyadServer.Route r : server.server.routes()) {
      if (r.path().startsWith(DyadServer.API)
          && Set.of("get", "post", "put", "patch", "delete").contains(r.method())) {
        registered.add(r.method() + " " + r.path());
      }
    }
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(registered).isNotEmpty();
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void everyDocumentedParameterIsTakenByItsEndpoint() {
    List<String> refused = new ArrayList<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            p -> {
              JsonNode get = p.getValue().get("get");
              if (get == null || p.getKey().contains("{")) {
                return;
              }
              for (JsonNode param : get.get("parameters")) {
                JsonNode resolved = resolve(param);
                if (!resolved.get("in").asText().equals("query")) {
                  continue;
                }
                String name = resolved.get("name").asText();
                String body = server.get(p.getKey() + "?" + name + "=").body();
                if (body.contains("not a parameter of this endpoint")) {
                  refused.add(p.getKey() + " " + name);
                }
              }
            });
    assertThat(refused).isEmpty();
  }

  static JsonNode resolve(JsonNode param) {
    if (!param.has("$ref")) {
      return param;
    }
    String name = param.get("$ref").asText().replace("#/components/parameters/", "");
    return doc.get("components").get("parameters").get(name);
  }

  @Test
  void everyDocumentedPathAnswers() {
    doc.get("paths")
        .fields()
        .forEachRemaining(
            entry -> {
              String path = entry.getKey();
              if (!entry.getValue().has("get")) {
                return;
              }
              String concrete =
                  path.replace("{id}", "x").replace("{doc_id}", "x").replace("{set}", "claims");
              int status = server.get(concrete).statusCode();
              assertThat(status).as(path).isNotEqualTo(405).isLessThan(500);
            });
  }
}
