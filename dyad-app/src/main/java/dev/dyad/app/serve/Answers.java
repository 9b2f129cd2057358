package dev.dyad.app.serve;

import dev.dyad.report.json.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How answers are written: JSON through Dyad's one mapper ({@link Json}). */
final class Answers {
  static final String JSON = "application/json; charset=utf-8";

  private Answers() {}

  static void json(Context ctx, Object value) {
    ctx.contentType(JSON).result(Json.write(value));
  }

  /** A page of a list: {@code {total, limit, offset, items}}. */
  static Map<String, Object> page(
      List<?> all, Params.Page page, java.util.function.Function<Object, Object> item) {
    return page(all.size(), page, page.of(all).stream().map(item).toList());
  }

  /** A page already cut: {@code items} of the {@code total} the question selects. */
  static Map<String, Object> page(int total, Params.Page page, List<?> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("limit", page.limit());
    m.put("offset", page.offset());
    m.put("items", items);
    return m;
  }

  static Map<String, Object> error(String error, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", error);
    m.put("message", message);
    return m;
  }
}
