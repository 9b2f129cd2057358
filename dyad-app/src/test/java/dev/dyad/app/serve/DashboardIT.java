package dev.dyad.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.dyad.store.IngestedStore;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser: Debian's chromium driven by Playwright (no browser download),
 * over a real server on the sample corpus plus one hostile document. Screenshots of every view go
 * to target/screenshots. Skipped, saying so, where /usr/bin/chromium is absent; CI installs it.
 */
class DashboardIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String TOKEN = "browser-test-token-0123456789";
  static final Path SHOTS = Path.of("target", "screenshots");
  static final ObjectMapper JSON = new ObjectMapper();

  /** Title, address and text each carry a script, an attribute breakout and a javascript: link. */
  static final String HOSTILE =
      "{\"url\":\"javascript:window.__xss=1\","
          + "\"title\":\"<script>window.__xss=2</script>\\\"><img src=x onerror=window.__xss=3> Hostile title\","
          + "\"published\":\"2026-05-20\","
          + "\"text\":\"SEOUL — South Korea sent aid to Mongolia on Monday <script>window.__xss=4</script>,"
          + " officials said. \\\"><img src=x onerror=window.__xss=5> The note linked javascript:window.__xss=6"
          + " and <a href=\\\"javascript:window.__xss=7\\\">this</a>.\"}\n";

  @TempDir static Path dir;
  static RunningServer server;
  static Playwright playwright;
  static Browser browser;
  static String hostileDoc;

  BrowserContext context;
  Page page;
  final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: no chromium at /usr/bin/chromium (apt-get install chromium); .ci/run installs it");
    Path db = IngestedStore.examples(dir.resolve("dyad.db"));
    server = RunningServer.over(db, Optional.of(TOKEN), 1 << 20);
    String answer =
        server
            .send(
                server
                    .request("/api/v1/documents")
                    .header("Content-Type", "application/x-ndjson")
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(HOSTILE))
                    .build())
            .body();
    assertThat(JSON.readTree(answer).get("stored").asInt()).as(answer).isEqualTo(1);
    JsonNode hits = JSON.readTree(server.get("/api/v1/search?q=Mongolia%20officials").body());
    hostileDoc = hits.get("items").get(0).get("doc_id").asText();
    Files.createDirectories(SHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    page = context.newPage();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            errors.add(m.text());
          }
        });
    page.onPageError(errors::add);
    page.onDialog(
        d -> {
          dialogs.add(d.message());
          d.dismiss();
        });
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }

  void open(String hash) {
    page.navigate(server.base + "/" + hash);
    page.waitForSelector("main[data-ready=true]");
  }

  void shot(String name) {
    page.waitForTimeout(300);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Test
  void everyViewLoadsWithoutAConsoleError() {
    open("#/overview");
    page.waitForSelector("#top-dyads tbody tr");
    page.waitForSelector("#actor-map canvas");
    page.waitForSelector("#what-changed table, #what-changed p");
    assertThat(page.locator(".figure strong").first().textContent()).isEqualTo("18");
    shot("overview");

    open("#/dyad/PRK-RUS");
    page.waitForSelector("#claims tr[data-claim]");
    page.waitForSelector("#timeline-chart canvas");
    shot("dyad");

    open("#/actor/PRK");
    page.waitForSelector("#ego-network canvas");
    page.waitForSelector("#actor-timeline canvas");
    shot("actor");

    open("#/network");
    page.waitForSelector("#network-graph[data-nodes]");
    shot("network");

    open("#/search?q=troops");
    page.waitForSelector("#search-results li");
    shot("search");

    String doc =
        server
            .get("/api/v1/claims?dyad=PRK,RUS&status=disputed")
            .body()
            .replaceAll("(?s).*?\"mentions\":\\[\\{\"doc_id\":\"([0-9a-f]+)\".*", "$1");
    open("#/document/" + doc);
    page.waitForSelector(".doc-text mark.ev");
    shot("document");

    assertThat(errors).isEmpty();
    assertThat(dialogs).isEmpty();
  }

  @Test
  void theDyadViewShowsTheTroopDeploymentAsDisputedAndItsEvidence() {
    open("#/dyad/PRK-RUS");
    Locator row =
        page.locator(
            "#claims tr[data-claim]", new Page.LocatorOptions().setHasText("deployed troops"));
    assertThat(row.count()).isEqualTo(1);
    assertThat(row.locator(".badge").textContent()).isEqualTo("disputed");
    row.click();
    page.waitForSelector("#evidence li.evidence");
    Locator evidence = page.locator("#evidence li.evidence");
    assertThat(evidence.count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("#evidence mark.span").count()).isGreaterThanOrEqualTo(1);
    assertThat(page.locator("#evidence .mod-negated").count()).isGreaterThanOrEqualTo(1);
    assertThat(page.url()).contains("claim=");
    shot("dyad-evidence");
    // The claim in the URL survives a reload.
    page.reload();
    page.waitForSelector("#evidence li.evidence");
    assertThat(page.locator("#claims tr.selected, #evidence .claim-detail").count()).isPositive();
    assertThat(errors).isEmpty();
  }

  @Test
  void theNetworkHasTheExpectedNodes() throws Exception {
    open("#/network");
    page.waitForSelector("#network-graph[data-nodes]");
    JsonNode api = JSON.readTree(server.get("/api/v1/network").body());
    String nodes = page.locator("#network-graph").getAttribute("data-node-ids");
    List<String> expected = new ArrayList<>();
    api.get("nodes").forEach(n -> expected.add(n.get("code").asText()));
    assertThat(List.of(nodes.split(","))).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(expected).contains("PRK", "RUS");
    assertThat(errors).isEmpty();
  }

  @Test
  void aFilterChangesTheUrlAndSurvivesAReload() {
    open("#/overview");
    page.waitForSelector("#top-dyads tbody tr");
    page.selectOption("#filters select[name=status]", "confirmed");
    page.waitForURL(u -> u.contains("status=confirmed"));
    page.waitForSelector("main[data-ready=true]");
    page.waitForSelector("#top-dyads tbody tr, #top-dyads p");
    page.reload();
    page.waitForSelector("main[data-ready=true]");
    assertThat(page.url()).contains("status=confirmed");
    assertThat(page.inputValue("#filters select[name=status]")).isEqualTo("confirmed");
    page.fill("#filters input[name=since]", "2026-05-01");
    page.dispatchEvent("#filters input[name=since]", "change");
    page.waitForURL(u -> u.contains("since=2026-05-01"));
    // Following a dyad keeps the filters.
    page.waitForSelector("#top-dyads tbody tr a");
    page.locator("#top-dyads tbody tr a").first().click();
    page.waitForURL(u -> u.contains("#/dyad/") && u.contains("status=confirmed"));
    page.waitForSelector("main[data-ready=true]");
    page.waitForSelector("#claims tr[data-claim], #claims p");
    assertThat(page.locator("#claims .badge").allTextContents())
        .allMatch(s -> s.equals("confirmed"));
    assertThat(errors).isEmpty();
  }

  @Test
  void aHostileDocumentRendersInert() {
    open("#/document/" + hostileDoc);
    page.waitForSelector(".doc-title");
    page.waitForTimeout(500);
    assertThat(page.locator(".doc-title").textContent()).contains("<script>").contains("onerror");
    assertThat(page.locator("main script, main img, main [onerror]").count()).isZero();
    assertThat(page.locator("a[href^='javascript:' i]").count()).isZero();
    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    open("#/search?q=Mongolia");
    page.waitForSelector("#search-results li");
    assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
    assertThat(page.locator("a[href^='javascript:' i]").count()).isZero();
    shot("hostile-document");
    assertThat(dialogs).isEmpty();
    assertThat(errors).isEmpty();
  }

  @Test
  void readsAtPhoneWidth() {
    context.close();
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    page = context.newPage();
    page.onPageError(errors::add);
    open("#/overview");
    page.waitForSelector("#top-dyads tbody tr");
    shot("phone-overview");
    open("#/dyad/PRK-RUS");
    page.waitForSelector("#claims tr[data-claim]");
    shot("phone-dyad");
    int overflow =
        ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
            .intValue();
    assertThat(overflow).as("horizontal overflow in px").isLessThanOrEqualTo(2);
    assertThat(errors).isEmpty();
  }
}
