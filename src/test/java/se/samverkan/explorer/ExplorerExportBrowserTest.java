package se.samverkan.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
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
 * The explorer's Excel download and the favicon of every page, in headless Chromium (skipped without it), set up
 * as {@link ExplorerBrowserTest} is.
 */
@SamverkanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerExportBrowserTest {

    @Value("${local.server.port}")
    int port;

    Playwright playwright;
    Browser browser;
    Page page;
    final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        if (!Chromium.available()) {
            return;
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1600, 1000).setAcceptDownloads(true).setLocale("sv-SE"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onPageError(problems::add);
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add("console: " + m.text());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(r.status() + " " + r.url());
            }
        });
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void clearProblems() {
        assumeTrue(page != null, Chromium.MISSING);
        problems.clear();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        page.navigate(url(path));
        ExplorerBrowserTest.settle(page);
    }

    @Test
    void theTableDownloadsAsAWorkbookWithTheRowsOfTheCsvAndAProvenanceSheet() throws IOException {
        open("/?a=place:dalarna&b=place:hubei");
        Download csv = page.waitForDownload(() -> page.click("#export-csv"));
        List<String> csvLines = Files.readString(csv.path(), StandardCharsets.UTF_8).strip().lines().toList();

        Download xlsx = page.waitForDownload(() -> page.click("#export-xlsx"));
        ExplorerBrowserTest.settle(page);
        assertThat(xlsx.suggestedFilename()).isEqualTo("samverkan-view.xlsx");
        try (InputStream in = Files.newInputStream(xlsx.path()); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet table = workbook.getSheetAt(0);
            assertThat(texts(table.getRow(0))).containsExactly(csvLines.get(0).replace("\uFEFF", "").split(","));
            assertThat(table.getLastRowNum()).as("as many rows as the CSV").isEqualTo(csvLines.size() - 1);
            List<List<String>> rows = new ArrayList<>();
            table.forEach(r -> rows.add(texts(r)));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("org:region-dalarna|COOPERATES_WITH|place:hubei",
                    "001_ea72173cc0b59150.txt"));

            List<List<String>> provenance = new ArrayList<>();
            workbook.getSheet("Provenance").forEach(r -> provenance.add(texts(r)));
            assertThat(provenance).contains(List.of("view", "How are Dalarna and Hubei connected?"),
                    List.of("rows", Integer.toString(csvLines.size() - 1)));
            assertThat(provenance).filteredOn(l -> l.get(0).equals("link")).singleElement()
                    .satisfies(l -> assertThat(l.get(1)).startsWith(url("/?")).contains("a=place%3Adalarna"));
            int sources = provenance.indexOf(List.of("source", "title"));
            assertThat(sources).isPositive();
            assertThat(provenance.subList(sources + 1, provenance.size())).isNotEmpty()
                    .anySatisfy(s -> assertThat(s).startsWith("001_ea72173cc0b59150.txt").hasSize(2));
        }
        assertThat(page.locator("#status").innerText()).contains("Excel");
        assertThat(problems).isEmpty();
    }

    @Test
    void theExplorerLoadsWithItsFaviconAndNo404() {
        open("/?a=place:dalarna&b=place:hubei");
        assertThat(favicon()).isEqualTo("200 image/svg+xml");
        assertThat(problems).as("failed requests and console errors").isEmpty();
    }

    @Test
    void aReportPageHasTheFaviconToo() {
        page.navigate(url("/reports/partners-of-region?region=Dalarna"));
        assertThat(favicon()).isEqualTo("200 image/svg+xml");
        // where no page names one (a JSON answer), browsers ask for /favicon.ico
        Object ico = page.evaluate("async () => (await fetch('/favicon.ico')).status");
        assertThat(ico).isEqualTo(200);
        assertThat(problems).as("failed requests and console errors").isEmpty();
    }

    /** The status and type of the icon the page links, fetched as the browser would. */
    String favicon() {
        return (String) page.evaluate("""
                async () => {
                  const link = document.querySelector('link[rel=icon]');
                  if (!link) return 'no <link rel=icon>';
                  const response = await fetch(link.href);
                  return response.status + ' ' + response.headers.get('Content-Type');
                }""");
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(switch (cell.getCellType()) {
            case NUMERIC -> Long.toString((long) cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> cell.getStringCellValue();
        }));
        return texts;
    }
}
