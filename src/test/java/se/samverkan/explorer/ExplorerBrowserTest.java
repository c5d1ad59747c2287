package se.samverkan.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import se.samverkan.Chromium;
import se.samverkan.SamverkanIntegrationTest;

/**
 * The explorer page in a real headless Chromium (Debian's /usr/bin/chromium, never a downloaded one).
 * One browser for the class and one reused page; each test opens its own URL, so tests do not depend
 * on each other. Skipped when Chromium is not installed.
 */
@SamverkanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");


    @Value("${local.server.port}")
    int port;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        if (!Chromium.available()) {
            return;
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        context = newContext();
        page = context.newPage();
        page.onPageError(pageErrors::add);
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void noPageErrorsYet() {
        // Checked per test, not in @BeforeAll, so that every skipped test is reported as skipped.
        assumeTrue(page != null, Chromium.MISSING);
        pageErrors.clear();
    }

    @AfterEach
    void noPageErrors() {
        assertThat(pageErrors).as("JavaScript errors on the page").isEmpty();
    }

    BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1600, 1000).setAcceptDownloads(true).setLocale("sv-SE"));
        created.setDefaultTimeout(20_000);
        return created;
    }

    String url(String query) {
        return "http://localhost:" + port + "/" + query;
    }

    void open(Page target, String query) {
        target.navigate(url(query));
        settle(target);
    }

    /** The page sets body[data-busy] while it talks to the server or waits to search. */
    static void settle(Page target) {
        target.waitForFunction("() => document.body.dataset.busy === 'false'");
    }

    static List<String> nodeNames(Page target) {
        return target.locator("#node-table tbody th").allInnerTexts();
    }

    static List<String> edgeRows(Page target) {
        return target.locator("#edge-table tbody tr").allInnerTexts();
    }

    void pick(String inputSelector, String text, String entityId) {
        page.fill(inputSelector, text);
        settle(page);
        page.click(inputSelector + "-results button[data-id='" + entityId + "']");
        settle(page);
    }

    /**
     * Clicks a canvas element where Cytoscape draws it: a node's centre, or the first point along an edge
     * that Cytoscape's own hit test gives to that edge (in a dense view edges cross and labels overlap).
     */
    void clickOnCanvas(String elementId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) page.evaluate("""
                id => {
                  const cy = samverkan.cy;
                  const el = cy.getElementById(id);
                  if (el.empty()) return null;
                  const candidates = [];
                  if (el.isNode()) {
                    const c = el.position(), w = el.width() / 2, h = el.height() / 2;
                    candidates.push(c);
                    for (const f of [0.5, -0.5]) candidates.push({ x: c.x + f * w, y: c.y }, { x: c.x, y: c.y + f * h });
                  } else {
                    const s = el.sourceEndpoint(), t = el.targetEndpoint();
                    candidates.push(el.midpoint());
                    for (let i = 1; i < 20; i += 1) {
                      candidates.push({ x: s.x + (t.x - s.x) * i / 20, y: s.y + (t.y - s.y) * i / 20 });
                    }
                  }
                  const p = candidates.find(q => {
                    const hit = cy.renderer().findNearestElement(q.x, q.y, true, false);
                    return hit && hit.id() === id;
                  });
                  if (!p) return null;
                  const ext = cy.extent();
                  if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(el);
                  const pan = cy.pan(), zoom = cy.zoom();
                  const box = document.getElementById('canvas').getBoundingClientRect();
                  return { x: box.left + p.x * zoom + pan.x, y: box.top + p.y * zoom + pan.y };
                }""", elementId);
        assertThat(at).as("%s can be clicked on the canvas", elementId).isNotNull();
        page.mouse().click(((Number) at.get("x")).doubleValue(), ((Number) at.get("y")).doubleValue());
        settle(page);
    }

    Object cy(String expression) {
        return page.evaluate("() => { const cy = samverkan.cy; return " + expression + "; }");
    }

    @Test
    void searchDropsTheEntityOntoTheCanvas() {
        open(page, "");
        pick("#search", "borlange", "place:borlange");

        assertThat(nodeNames(page)).containsExactly("Borlänge");
        assertThat(cy("cy.getElementById('place:borlange').length")).isEqualTo(1);
        assertThat(page.locator("#evidence").innerText()).contains("Borlänge", "Place");
        assertThat(page.url()).contains("e=place%3Aborlange");
    }

    @Test
    void chineseNamesAreFoundAndShown() {
        open(page, "");
        page.fill("#search", "武汉");
        settle(page);
        assertThat(page.locator("#search-results").innerText()).contains("武汉");
        page.locator("#search-results button").first().click();
        settle(page);
        assertThat(page.locator("#evidence .aliases").innerText()).contains("武汉");
    }

    @Test
    void clickingANodeAddsAtMostTheSetNumberOfNeighboursAndAPlaceholder() {
        open(page, "?e=place:wuhan&n=3");
        assertThat(nodeNames(page)).containsExactly("Wuhan");

        clickOnCanvas("place:wuhan");

        long total = ((Number) page.evaluate("() => samverkan.model.expansions.get('place:wuhan').total")).longValue();
        assertThat(total).isGreaterThan(3);
        assertThat(nodeNames(page)).hasSizeBetween(2, 4).contains("Wuhan");
        assertThat(edgeRows(page)).hasSize(3);
        assertThat(cy("cy.getElementById('more:place:wuhan').data('label')")).isEqualTo("+" + (total - 3) + " more");
        assertThat(page.url()).contains("x=place%3Awuhan").contains("n=3");

        clickOnCanvas("more:place:wuhan");
        assertThat(edgeRows(page)).hasSize((int) Math.min(6, total));
        assertThat(page.url()).contains("x=place%3Awuhan%7E2");
    }

    @Test
    void dalarnaToHubeiShowsTheCarriersAndTheEvidenceOfEachLink() throws IOException {
        open(page, "");
        pick("#conn-from", "Dalarna", "place:dalarna");
        pick("#conn-to", "Hubei", "place:hubei");
        page.click("#connect");
        settle(page);

        assertThat(page.locator("#connection-result").innerText()).contains("paths from Dalarna to Hubei",
                "Who carries it", "Wuhan delegation visit to Dalarna");
        assertThat(page.locator("#connection-result .carrier").count()).isGreaterThan(5);
        assertThat(nodeNames(page)).contains("Dalarna", "Hubei", "Region Dalarna", "Dalarna Science Park",
                "Borlänge–Wuhan friendship city agreement", "Teknikdalen – East Lake incubator cooperation agreement");
        assertThat(page.url()).contains("a=place%3Adalarna", "b=place%3Ahubei");

        String edge = "org:region-dalarna|COOPERATES_WITH|place:hubei";
        assertThat(cy("cy.getElementById('" + edge + "').hasClass('path')")).isEqualTo(true);
        clickOnCanvas(edge);
        assertThat(cy("cy.$(':selected').id()")).isEqualTo(edge);
        String evidence = page.locator("#evidence").innerText();
        assertThat(evidence).contains("Region Dalarna", "COOPERATES_WITH", "Hubei",
                "Affärerna fortsätter att utvecklas mellan Dalarna och Wuhan", "published 2013-06",
                "Region Dalarna samarbetar med regionen Hubei kring länens utveckling");

        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("dalarna-hubei.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(false));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(page.locator("#canvas canvas").first().isVisible()).isTrue();
        assertThat(page.locator("#legend").innerText()).contains("Organisation", "Agreement", "Place");
    }

    @Test
    void legendEntryHidesAndShowsAType() {
        open(page, "?a=place:dalarna&b=place:hubei");
        assertThat(nodeNames(page)).contains("Sture Ericsson");
        var person = page.locator("#legend button[data-type='PERSON']");
        assertThat(person.innerText()).matches("(?s).*Person\\s*\\d+.*");

        person.click();
        assertThat(person.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(nodeNames(page)).doesNotContain("Sture Ericsson", "Ann-Louise Larsson").contains("Region Dalarna");
        assertThat(cy("cy.nodes('[type = \"PERSON\"]:visible').length")).isEqualTo(0);
        assertThat(page.url()).contains("hide=PERSON");

        person.click();
        assertThat(page.locator("#legend button[data-type='PERSON']").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(nodeNames(page)).contains("Sture Ericsson");
    }

    @Test
    void yearFilterHidesFactsOutsideTheYears() {
        open(page, "?a=place:dalarna&b=place:hubei");
        assertThat(nodeNames(page)).contains("Borlänge–Wuhan friendship city agreement");

        page.fill("#from-year", "2015");
        page.fill("#to-year", "2020");
        page.click("#years-apply");
        settle(page);

        // Signed in 2013: out. Cooperation since 2000 (ongoing) and the undated Region Dalarna link: in.
        assertThat(nodeNames(page)).doesNotContain("Borlänge–Wuhan friendship city agreement")
                .contains("Region Dalarna", "Dalarna", "Hubei");
        assertThat(edgeRows(page)).noneMatch(row -> row.contains("2013"));
        assertThat(page.url()).contains("from=2015", "to=2020");

        page.click("#years-clear");
        settle(page);
        assertThat(nodeNames(page)).contains("Borlänge–Wuhan friendship city agreement");
    }

    @Test
    void aSharedLinkRebuildsTheViewInAFreshBrowser() {
        open(page, "");
        pick("#search", "borlange", "place:borlange");
        clickOnCanvas("place:borlange");
        pick("#conn-from", "Dalarna", "place:dalarna");
        pick("#conn-to", "Hubei", "place:hubei");
        page.click("#connect");
        settle(page);
        page.locator("#legend button[data-type='EVENT']").click();
        page.fill("#to-year", "2020");
        page.click("#years-apply");
        settle(page);
        String edge = "org:region-dalarna|COOPERATES_WITH|place:hubei";
        page.locator("#edge-table tr[data-id='" + edge + "'] button").click();
        String link = page.url();
        List<String> nodes = nodeNames(page);
        List<String> edges = edgeRows(page);
        assertThat(nodes).contains("Borlänge", "Region Dalarna").doesNotContain("Wuhan delegation visit to Dalarna");

        try (BrowserContext fresh = newContext()) {
            Page other = fresh.newPage();
            other.onPageError(pageErrors::add);
            other.navigate(link);
            settle(other);
            assertThat(nodeNames(other)).containsExactlyInAnyOrderElementsOf(nodes);
            assertThat(edgeRows(other)).containsExactlyInAnyOrderElementsOf(edges);
            assertThat(other.locator("#legend button[data-type='EVENT']").getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(other.inputValue("#to-year")).isEqualTo("2020");
            assertThat(other.inputValue("#conn-from")).isEqualTo("Dalarna");
            assertThat(other.locator("#evidence").innerText()).contains("Region Dalarna samarbetar med regionen Hubei");
        }
    }

    @Test
    void theViewDownloadsAsPngAndCsvWithSources() throws IOException {
        open(page, "?a=place:dalarna&b=place:hubei");

        Download png = page.waitForDownload(() -> page.click("#export-png"));
        assertThat(png.suggestedFilename()).isEqualTo("samverkan-view.png");
        byte[] bytes = Files.readAllBytes(png.path());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("a readable PNG").isNotNull();
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(hasColouredPixels(image)).as("the picture shows coloured nodes").isTrue();

        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        assertThat(csv.suggestedFilename()).isEqualTo("samverkan-view.csv");
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFelement,id,type,name,");
        List<String> lines = text.strip().lines().toList();
        assertThat(lines.get(0)).contains(",source,source_title,published,excerpt");
        int nodes = Integer.parseInt(page.evaluate("() => document.body.dataset.nodes").toString());
        assertThat(lines.stream().filter(l -> l.startsWith("node,"))).hasSize(nodes);
        assertThat(lines).anyMatch(l -> l.startsWith("edge,org:region-dalarna|COOPERATES_WITH|place:hubei,")
                && l.contains("001_ea72173cc0b59150.txt")
                && l.contains("Region Dalarna samarbetar med regionen Hubei"));
        assertThat(lines.stream().filter(l -> l.startsWith("edge,") && !l.contains("|WITHIN|")))
                .allMatch(l -> l.contains(".txt") || l.contains("reference data"));
    }

    @Test
    void theTableViewWorksFromTheKeyboard() {
        open(page, "?e=place:wuhan&n=5");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to the table view");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Wuhan");
        page.keyboard().press("Enter");
        assertThat(page.locator("#evidence").innerText()).contains("Wuhan", "Place");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Expand");
        page.keyboard().press("Enter");
        settle(page);
        assertThat(nodeNames(page).size()).isGreaterThan(1);
        assertThat(edgeRows(page)).hasSize(5);
    }

    @Test
    void theYearRuleMatchesTheApi() {
        open(page, "");
        // Same cases as the API's FactFilters: dropped only when known to lie outside the years.
        Object kept = page.evaluate("""
                async () => {
                  const { factInYears } = await import('/explorer/model.js');
                  const y = (time) => factInYears(time, 2015, 2020);
                  return [y({ date: '2013-06' }), y({ from: '2000' }), y({}), y({ from: '2010', until: '2016' }),
                          y({ from: '2021-01' }), y({ date: '2020-12-31' }), y({ until: '2014' })];
                }""");
        assertThat(kept).isEqualTo(List.of(false, true, true, true, false, true, false));
    }

    /** The map's markers as {id, lat, lon}, read from Leaflet itself. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> mapMarkers() {
        return (List<Map<String, Object>>) page.evaluate("""
                () => [...samverkan.mapView.markers].map(([id, m]) => ({ id, lat: m.where.lat, lon: m.where.lon }))""");
    }

    void showMap() {
        page.click("#tab-map");
        settle(page);
        assertThat(page.locator("#map-panel").isVisible()).isTrue();
    }

    static double number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    @Test
    void theMapShowsDalarnaAndHubeiWithALineBetweenTheirCarriers() throws IOException {
        open(page, "?a=place:dalarna&b=place:hubei");
        showMap();
        assertThat(page.url()).contains("v=map");
        assertThat(page.locator("#map .leaflet-basemap-pane path").count()).as("countries and län drawn").isGreaterThan(150);
        assertThat(page.locator("#map .leaflet-control-attribution").innerText()).contains("Natural Earth", "Eurostat/GISCO");

        List<Map<String, Object>> markers = mapMarkers();
        Map<String, Object> dalarna = markers.stream().filter(m -> m.get("id").equals("place:dalarna")).findFirst().orElseThrow();
        Map<String, Object> hubei = markers.stream().filter(m -> m.get("id").equals("place:hubei")).findFirst().orElseThrow();
        assertThat(number(dalarna, "lat")).isBetween(59.5, 61.5);
        assertThat(number(dalarna, "lon")).isBetween(13.0, 17.0);
        assertThat(number(hubei, "lat")).isBetween(29.0, 33.5);
        assertThat(number(hubei, "lon")).isBetween(108.0, 116.5);
        int unplaced = page.locator("#map-unplaced li").count();
        assertThat(markers.size() + unplaced).as("every entity in view is on the map or listed beside it")
                .isEqualTo(Integer.parseInt(page.evaluate("() => document.body.dataset.nodes").toString()));

        // A line from around Dalarna to around Hubei whose middle is not covered by another line: click it there.
        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) page.evaluate("""
                () => {
                  const map = samverkan.mapView.map;
                  for (const [id, line] of samverkan.mapView.lines) {
                    const [a, b] = line.getLatLngs();
                    const near = (p, lat, lon, d) => Math.abs(p.lat - lat) < d && Math.abs(p.lng - lon) < d;
                    const joins = (near(a, 60.5, 15, 2.5) && near(b, 31, 112, 4)) || (near(b, 60.5, 15, 2.5) && near(a, 31, 112, 4));
                    if (!joins) continue;
                    const pa = map.latLngToContainerPoint(a), pb = map.latLngToContainerPoint(b);
                    const box = map.getContainer().getBoundingClientRect();
                    const x = box.left + (pa.x + pb.x) / 2, y = box.top + (pa.y + pb.y) / 2;
                    if (document.elementFromPoint(x, y)?.dataset?.id === id) return { id, x, y };
                  }
                  return null;
                }""");
        assertThat(line).as("a clickable line joins Dalarna (or what lies in it) and Hubei").isNotNull();
        page.mouse().click(number(line, "x"), number(line, "y"));
        settle(page);
        String edge = line.get("id").toString();
        assertThat(page.url()).contains("sel=" + URLEncoder.encode(edge, StandardCharsets.UTF_8));
        Object ends = page.evaluate("id => { const e = samverkan.model.edges.get(id); "
                + "return [samverkan.model.nodes.get(e.source).name, samverkan.model.nodes.get(e.target).name]; }", edge);
        assertThat(page.locator("#evidence").innerText()).contains("Evidence", "Source:")
                .contains(((List<?>) ends).stream().map(Object::toString).toList());
        assertThat(page.locator("#map path.map-line.selected").getAttribute("data-id")).isEqualTo(edge);
        assertThat(cy("cy.$(':selected').id()")).as("the canvas selects the same link").isEqualTo(edge);

        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve("map-dalarna-hubei.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(false));
        assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1600);
    }

    @Test
    void aMapMarkerIsReachedAndChosenFromTheKeyboard() {
        open(page, "?a=place:dalarna&b=place:hubei&v=map");
        var hubei = page.locator("#map .map-marker[data-id='place:hubei']");
        assertThat(hubei.getAttribute("tabindex")).isEqualTo("0");
        assertThat(hubei.getAttribute("aria-label")).contains("Hubei", "place");
        hubei.focus();
        page.keyboard().press("Enter");
        settle(page);
        assertThat(page.locator("#evidence").innerText()).contains("Hubei", "Place");
        assertThat(hubei.getAttribute("class")).contains("selected");
        assertThat(page.locator("#map path.map-line").first().getAttribute("tabindex")).isEqualTo("0");
    }

    @Test
    void theMapFollowsTheLegendAndTheGraphTabComesBack() {
        open(page, "?a=place:dalarna&b=place:hubei&v=map");
        assertThat(mapMarkers()).anyMatch(m -> m.get("id").equals("org:region-dalarna"));

        page.locator("#legend button[data-type='ORGANISATION']").click();
        settle(page);
        assertThat(mapMarkers()).noneMatch(m -> m.get("id").toString().startsWith("org:"))
                .anyMatch(m -> m.get("id").equals("place:hubei"));
        assertThat(page.url()).contains("hide=ORGANISATION");

        page.click("#tab-graph");
        settle(page);
        assertThat(page.locator("#map-panel").isVisible()).isFalse();
        assertThat(page.locator("#canvas canvas").first().isVisible()).isTrue();
        assertThat(page.url()).doesNotContain("v=map");
    }

    @Test
    void aPlaceWithoutCoordinatesIsListedBesideTheMap() {
        open(page, "?e=place:baltic-sea-region,place:hubei&v=map");
        assertThat(page.locator("#map .leaflet-basemap-pane path").count()).isGreaterThan(150);
        assertThat(page.locator("#map-unplaced").innerText()).contains("1 of 2 entities in view are on the map");
        page.locator("#map-unplaced summary").click();
        assertThat(page.locator("#map-unplaced li").allInnerTexts()).singleElement().asString()
                .contains("Baltic Sea region", "no coordinates");
        page.locator("#map-unplaced button[data-id='place:baltic-sea-region']").click();
        settle(page);
        assertThat(page.locator("#evidence").innerText()).contains("Baltic Sea region");
    }

    @Test
    void theCsvDownloadKeepsFormulasFromSpreadsheets() {
        open(page, "");
        Object cells = page.evaluate("""
                async () => {
                  const { cell } = await import('/explorer/exporting.js');
                  return ['=HYPERLINK("http://evil.example","x")', "+SUM(1+1)*cmd|' /C calc'!A0", '-2+3+cmd|x', '@SUM(1+1)',
                          '\\tTab', '\\rCR', -2, 'Borlänge', 'a=b'].map(cell);
                }""");
        assertThat(cells).isEqualTo(List.of("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                "'+SUM(1+1)*cmd|' /C calc'!A0", "'-2+3+cmd|x", "'@SUM(1+1)", "'\tTab", "\"'\rCR\"", "-2", "Borlänge", "a=b"));
    }

    static boolean hasColouredPixels(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    return true;
                }
            }
        }
        return false;
    }
}
