package se.samverkan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import se.samverkan.Chromium;
import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Resolution;

/**
 * The curators' review page in Debian's headless Chromium (as ExplorerBrowserTest runs it; skipped without
 * /usr/bin/chromium): a queued candidate is accepted from the keyboard and the graph holds the merge.
 */
@SamverkanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {


    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @Autowired
    EntityMatching matching;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Page page;
    ReviewFixture fixture;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        if (!Chromium.available()) {
            return;
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void freshPageAndQueue() {
        assumeTrue(browser != null, Chromium.MISSING);
        // A fresh context per test: sessionStorage (the token) does not carry over.
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        pageErrors.clear();
        page.onPageError(pageErrors::add);
        fixture = new ReviewFixture(driver, matching);
        fixture.deleteAll();
        fixture.storeCandidate();
        assertThat(fixture.importRow(ReviewFixture.incoming("test:row-b", "Acme Robotic")))
                .isInstanceOf(Resolution.Uncertain.class);
    }

    @AfterEach
    void cleanUp() {
        if (context != null) {
            context.close();
        }
        if (fixture != null) {
            fixture.deleteAll();
        }
        assertThat(pageErrors).as("JavaScript errors on the page").isEmpty();
    }

    void open() {
        page.navigate("http://localhost:" + port + "/review.html");
        settle();
    }

    void settle() {
        page.waitForFunction("() => document.body.dataset.busy === 'false'");
    }

    void useToken(String token) {
        page.fill("#token", token);
        page.press("#token", "Enter");
        settle();
    }

    Locator item() {
        return page.locator("li.item").filter(new Locator.FilterOptions().setHasText("Acme Robotic may be Acme Robotics"));
    }

    @Test
    void aCuratorAcceptsACandidateFromTheKeyboardAndTheGraphHoldsTheMerge() {
        open();
        useToken("test-curator-token");

        Locator item = item();
        assertThat(item.innerText()).contains("Score 0.", "similar names", "both in Dalarna", "test:dataset",
                "Dataset: Acme Robotic", "Stored: Acme Robotics", "PARTNER_IN → Test project X", "Also: Acme");
        item.locator("button.accept").focus();
        page.keyboard().press("Enter");
        settle();

        assertThat(item.getAttribute("data-status")).isEqualTo("ACCEPTED");
        assertThat(item.locator(".outcome").innerText()).contains("Merged into Acme Robotics");
        assertThat(fixture.count("MATCH (n:Entity {id: 'test:row-b:own'}) RETURN count(n)", Map.of())).isZero();
        assertThat(fixture.count("""
                MATCH (:Entity {id: $c})-[r:PARTNER_IN {fromKey: 'test:row-b'}]->(:Entity {id: $p}) RETURN count(r)""",
                Map.of("c", ReviewFixture.CANDIDATE, "p", ReviewFixture.PROJECT))).isEqualTo(1);

        item.locator("a.explorer-link").click();
        page.waitForFunction("() => document.body.dataset.busy === 'false' && document.querySelector('#node-table tbody th')");
        assertThat(page.locator("#node-table tbody th").allInnerTexts()).containsExactly("Acme Robotics");
        assertThat(page.locator("#evidence").innerText()).contains("Acme Robotic");
    }

    @Test
    void anAcceptedMergeIsUndoneFromThePage() {
        open();
        useToken("test-curator-token");
        item().locator("button.accept").click();
        settle();

        page.selectOption("#status-filter", "ACCEPTED");
        settle();
        item().locator("button.undo").click();
        settle();

        assertThat(item().locator(".outcome").innerText()).contains("Undone: Acme Robotic is its own entity again");
        assertThat(fixture.count("MATCH (n:Entity {id: 'test:row-b:own'}) RETURN count(n)", Map.of())).isEqualTo(1);
    }

    @Test
    void withoutTheRightTokenThePageSaysWhichRefusalItIs() {
        open();
        assertThat(page.locator("#status").innerText()).contains("Enter the curator token");

        useToken("not-the-token");

        assertThat(page.locator("#status").innerText()).contains("403 Forbidden");
        assertThat(page.locator("#status").getAttribute("class")).contains("error");
        assertThat(page.locator("li.item").count()).isZero();
        assertThat(page.evaluate("() => localStorage.length")).isEqualTo(0);
    }
}
