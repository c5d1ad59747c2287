package se.samverkan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium under Playwright, as every browser test starts it. */
public final class Chromium {

    /** -Dexplorer.chromium=... points elsewhere (or nowhere, to see the tests skip). */
    public static final Path PATH = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));

    /** Playwright gives every launch a fresh temporary --user-data-dir itself (it refuses one in the args). */
    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-quic");

    /** Why a browser test is skipped where there is no Chromium. */
    public static final String MISSING = "no Chromium at " + PATH + ": browser test skipped";

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(PATH);
    }

    /** Playwright's driver (bundled in the jar), told not to download browsers of its own on start. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH).setHeadless(true)
                .setArgs(ARGS));
    }
}
