package org.werving.system.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through its chromedriver (no browser download), with axe-core run
 * inside the page and full-page screenshots for docs/screenshots.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("werving.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("werving.chromedriver", "/usr/bin/chromedriver");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("werving-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=nl-BE", "--window-size=1100,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    void clickToNewPage(WebElement target) {
        WebElement old = driver.findElement(By.tagName("html"));
        target.click();
        awaitReplaced(old);
    }

    /** Waits until {@code old} (the previous page's root) is gone and the new page has loaded. */
    void awaitReplaced(WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(old));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element of an earlier page is gone. Asked while the next page replaces it, chromedriver answers
     * either "stale element" or, at an unlucky moment, an inspector error that the node no longer belongs to the
     * document: both mean the old page is gone.
     */
    private static boolean gone(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void clickToNewPage(String css) {
        clickToNewPage(find(css));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("main").getText();
    }

    void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** axe-core inside the page: no serious or critical violation of WCAG 2.1 A/AA. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        if (!bad.isEmpty()) {
            fail("axe-core on " + page + ": " + bad.stream().map(r -> r.getImpact() + " " + r.getId() + " ("
                    + r.getHelp() + ") at " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                    .collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
        }
    }

    /** A full-page screenshot into docs/screenshots/{name}.png. */
    void screenshot(Path dir, String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 12000)));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Presses Tab (keyboard only) until the focused element satisfies {@code target}; fails after 120 presses. */
    WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < 120; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (target.test(focused)) {
                return focused;
            }
        }
        fail("could not reach " + what + " with the Tab key");
        return null;
    }

    WebElement tabToId(String id) {
        return tabTo("#" + id, e -> id.equals(e.getAttribute("id")));
    }

    WebElement tabToText(String text) {
        return tabTo("'" + text + "'", e -> e.getText().contains(text));
    }

    /** Types into the focused element with the keyboard. */
    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void assertFocusedIs(String id) {
        assertTrue(id.equals(driver.switchTo().activeElement().getAttribute("id")), "focus is not on #" + id);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
