package se.samverkan.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;

import se.samverkan.Chromium;
import se.samverkan.SamverkanIntegrationTest;

/**
 * The grouped answer to a connection question and the timeline, in headless Chromium as in
 * {@link ExplorerBrowserTest} (same browser, same settling rule; skipped without Chromium).
 */
@SamverkanIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineBrowserTest {

    private static final List<String> FIVE = List.of("org:region-dalarna", "org:borlange-kommun",
            "org:dalarna-science-park", "org:dellner-couplers", "org:extuna");

    @Value("${local.server.port}")
    int port;

    Playwright playwright;
    Browser browser;
    Page page;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startBrowser() {
        if (!Chromium.available()) {
            return;
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
        var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1600, 1400)
                .setLocale("sv-SE"));
        context.setDefaultTimeout(20_000);
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
        assumeTrue(page != null, Chromium.MISSING);
        pageErrors.clear();
    }

    @AfterEach
    void noPageErrors() {
        assertThat(pageErrors).as("JavaScript errors on the page").isEmpty();
    }

    void open(String query) {
        page.navigate("http://localhost:" + port + "/" + query);
        ExplorerBrowserTest.settle(page);
    }

    List<String> timelineEntries() {
        return page.locator("#timeline-list li button").allInnerTexts();
    }

    String evidence() {
        return page.locator("#evidence").innerText();
    }

    @Test
    void theAnswerLeadsWithDalarnasActorsEachWithWhatItCarriesTheLinkThrough() {
        open("?a=place:dalarna&b=place:hubei");
        Locator dalarna = page.locator("#connection-result .carrier-group[data-side='FROM'] > ol > li.carrier");
        assertThat(page.locator("#connection-result .carrier-group[data-side='FROM'] h4").innerText())
                .isEqualTo("In Dalarna");
        List<String> first = dalarna.evaluateAll("els => els.slice(0, 6).map(e => e.dataset.id)") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of();
        assertThat(first).containsAll(FIVE);
        assertThat(page.locator("li.carrier[data-id='org:region-dalarna']").innerText())
                .contains("Region Dalarna", "Hubei", "own fact: COOPERATES_WITH");
        assertThat(page.locator("li.carrier[data-id='org:borlange-kommun']").innerText())
                .contains("Borlänge–Wuhan friendship city agreement", "PARTY_TO", "2013");
        List<String> ties = page.locator("#connection-result .ties li").allInnerTexts();
        assertThat(ties.get(0)).startsWith("Borlänge näringslivskontor – Wuhan Commerce Bureau");
        assertThat(ties.get(ties.size() - 1)).startsWith("Wuhan delegation visit to Dalarna");

        page.locator("li.carrier[data-id='org:dellner-couplers'] .through button").first().click();
        ExplorerBrowserTest.settle(page);
        assertThat(page.evaluate("() => samverkan.cy.$(':selected').id()"))
                .isEqualTo("agreement:dellner-wuhan-support-centre");
        assertThat(evidence()).contains("Dellner – Wuhan Commerce Bureau support centre agreement");
    }

    @Test
    void dalarnasTimelineShowsItsYearsInOrderAndAClickShowsTheEvidence() {
        open("?a=place:dalarna&b=place:hubei");
        List<String> entries = timelineEntries();
        assertThat(entries.get(0)).startsWith("since 2000 (year)").contains("Dalarna COOPERATES_WITH Hubei");
        int visit = indexOf(entries, "Wuhan delegation visit to Dalarna HELD_IN Dalarna");
        int visits2016 = indexOf(entries, "Chinese technical visits to Dalarna HELD_IN Dalarna");
        assertThat(visit).isPositive().isLessThan(visits2016);
        assertThat(entries.get(visit)).startsWith("≈2013-06 (month, year inferred)");
        assertThat(page.locator("#timeline-chart .tl-item").count()).isEqualTo(entries.size());
        assertThat(page.locator("#timeline-chart .tl-item.inferred").count()).isPositive();

        page.locator("#timeline-list button").nth(visit).click();
        assertThat(evidence()).contains("Wuhan delegation visit to Dalarna HELD_IN Dalarna",
                "≈2013-06 (month, year inferred)", "Affärerna fortsätter att utvecklas mellan Dalarna och Wuhan",
                "Den grupp som nu besöker Dalarna");
        assertThat(page.locator("#timeline-list li.selected").count()).isEqualTo(1);

        page.locator("#timeline-chart .tl-item").first().scrollIntoViewIfNeeded();
        BoundingBox bar = page.locator("#timeline-chart .tl-item").first().boundingBox();
        page.mouse().click(bar.x + bar.width / 2, bar.y + bar.height / 2);
        assertThat(evidence()).contains("Dalarna COOPERATES_WITH Hubei", "since 2000 (year)",
                "Samarbetet har pågått mellan Dalarna och Hubei i Kina sedan 2000.");
    }

    /** The drawn width of the timeline bar whose list entry contains {@code text}. */
    double barWidth(String text) {
        String id = page.locator("#timeline-list button", new Page.LocatorOptions().setHasText(text)).first()
                .getAttribute("data-id");
        return ((Number) page.evaluate("id => Number([...document.querySelectorAll('#timeline-chart .tl-item')]"
                + ".find(g => g.dataset.id === id).querySelector('rect').getAttribute('width'))", id)).doubleValue();
    }

    @Test
    void aYearOnlyFactIsAYearWideAndAMonthOnlyFactAMonth() {
        open("?e=org:dalarna-science-park");
        double year = ((Number) page.evaluate("() => samverkan.timeline.x(2014) - samverkan.timeline.x(2013)"))
                .doubleValue();
        assertThat(timelineEntries()).anyMatch(e -> e.startsWith("≈2013 (year, year inferred)")
                && e.contains("ESTABLISHED"));
        assertThat(barWidth("ESTABLISHED")).isCloseTo(year, org.assertj.core.data.Offset.offset(0.01));
        assertThat(barWidth("Ann-Louise Larsson WORKS_AT")).isCloseTo(Math.max(4, year / 12),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(page.locator("#timeline-chart .tl-item.inferred").count()).isPositive();
        assertThat(timelineEntries()).anyMatch(e -> e.startsWith("until 2016-10-20 (day)")
                && e.contains("named “Stiftelsen Teknikdalen”"));
    }

    @Test
    void theYearFilterAndTheTimelineStayInStep() {
        open("?a=place:dalarna&b=place:hubei");
        page.fill("#from-year", "2015");
        page.fill("#to-year", "2020");
        page.click("#years-apply");
        ExplorerBrowserTest.settle(page);
        List<String> narrowed = timelineEntries();
        assertThat(narrowed).noneMatch(e -> e.contains("2013")).anyMatch(e -> e.startsWith("since 2000"))
                .anyMatch(e -> e.startsWith("since 2016"));
        assertThat(page.locator("#timeline-chart .tl-year").first().innerHTML()).isEqualTo("2015");

        page.click("#years-clear");
        ExplorerBrowserTest.settle(page);
        assertThat(timelineEntries()).anyMatch(e -> e.contains("2013"));

        // Drag across 2013 on the axis: the filter becomes 2013–2013 and the timeline follows.
        page.evaluate("() => document.querySelector('#timeline-chart svg').scrollIntoView({ block: 'end' })");
        BoundingBox chart = page.locator("#timeline-chart svg").boundingBox();
        double y = chart.y + chart.height - 4;
        double x0 = ((Number) page.evaluate("() => samverkan.timeline.pageX(2013.2)")).doubleValue();
        double x1 = ((Number) page.evaluate("() => samverkan.timeline.pageX(2013.8)")).doubleValue();
        page.mouse().move(x0, y);
        page.mouse().down();
        page.mouse().move(x1, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        ExplorerBrowserTest.settle(page);
        assertThat(page.inputValue("#from-year")).isEqualTo("2013");
        assertThat(page.inputValue("#to-year")).isEqualTo("2013");
        assertThat(page.url()).contains("from=2013", "to=2013");
        assertThat(timelineEntries()).anyMatch(e -> e.contains("2013-06")).noneMatch(e -> e.startsWith("since 2016"));
    }

    @Test
    void theTimelineWorksFromTheKeyboard() {
        open("?e=place:dalarna");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent")).isEqualTo("Skip to the timeline");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("timeline-scope");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.textContent").toString()).startsWith("since 2000");
        page.keyboard().press("Enter");
        assertThat(evidence()).contains("Samarbetet har pågått mellan Dalarna och Hubei i Kina sedan 2000.");
    }

    private static int indexOf(List<String> entries, String text) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
