package org.pressroom.app.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.app.IntegrationTest;
import org.pressroom.app.listening.ChangeListener;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The HTML page as a reader gets it: served by the app, opened in a real headless Chromium. KaTeX (served by the
 * app) has typeset every equation, no raw TeX is left to see, every image has loaded, and every request the page
 * made went to the app. A screenshot lands in target/html-in-browser/ for a person to look at.
 */
class HtmlInBrowserIT extends IntegrationTest {

	private static final Path SCREENSHOTS = Path.of("target", "html-in-browser");

	@Autowired
	ChangeListener listener;

	@BeforeEach
	void setUp() {
		this.listener.start();
	}

	@Test
	@SuppressWarnings("unchecked")
	void typesetsEquationsAndShowsImagesWithNothingFetchedFromElsewhere() throws IOException {
		int atbd = this.apt.insertFixtureAtbdWithImage(this.store);
		// The browser is an anonymous reader: it may read a PUBLISHED version's HTML and the assets, nothing else.
		this.jdbc.sql("UPDATE apt.atbd_versions SET status = 'PUBLISHED' WHERE atbd_id = :atbd")
			.param("atbd", atbd)
			.update();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).isEqualTo("succeeded"));
		String page = this.api.url("/api/atbds/" + atbd + "/versions/1/html");

		try (HeadlessChromium chromium = new HeadlessChromium()) {
			ChromeDriver browser = chromium.driver();
			browser.get(page);
			await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(browser
				.executeScript("return document.readyState === 'complete' && document.fonts.status === 'loaded'")));

			assertThat(browser.findElements(By.cssSelector(".math"))).isNotEmpty()
				.allSatisfy((math) -> assertThat(math.findElements(By.cssSelector(".katex"))).hasSize(1));
			assertThat(browser.findElements(By.cssSelector(".katex-display .katex-html"))).isNotEmpty();
			assertThat(browser.findElements(By.cssSelector(".katex-error"))).isEmpty();
			String visible = browser.findElement(By.tagName("body")).getText();
			assertThat(visible).contains("Pressroom test fixture").doesNotContain("\\(", "\\[", "\\sum", "\\sqrt");

			List<Map<String, Object>> images = (List<Map<String, Object>>) browser.executeScript(
					"return Array.from(document.images).map(i => ({src: i.src.substring(0, 30), complete: i.complete, width: i.naturalWidth}))");
			assertThat(images).isNotEmpty().allSatisfy((image) -> {
				assertThat(image.get("complete")).as(image.toString()).isEqualTo(true);
				assertThat(((Number) image.get("width")).intValue()).as(image.toString()).isPositive();
			});

			String origin = this.api.url("/");
			List<Map<String, Object>> requests = (List<Map<String, Object>>) browser.executeScript(
					"return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
							+ ".map(e => ({url: e.name, status: e.responseStatus}))");
			assertThat(requests).extracting((request) -> (String) request.get("url"))
				.contains(page, origin + "assets/katex/katex.min.js", origin + "assets/katex/katex.min.css")
				.anySatisfy((url) -> assertThat(url).startsWith(origin + "assets/katex/fonts/KaTeX_"))
				.allSatisfy((url) -> assertThat(url).startsWith(origin));
			assertThat(requests).allSatisfy((request) -> assertThat(((Number) request.get("status")).intValue())
				.as(request.toString()).isEqualTo(200));

			WebElement equation = browser.findElement(By.cssSelector(".katex-display"));
			browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", equation);
			byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
			assertThat(screenshot).hasSizeGreaterThan(10_000).startsWith(0x89, 'P', 'N', 'G');
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve("fixture-equation.png"), screenshot);
			browser.executeScript("arguments[0].scrollIntoView({block: 'center'})",
					browser.findElement(By.cssSelector("figure img")));
			Files.write(SCREENSHOTS.resolve("fixture-image.png"), browser.getScreenshotAs(OutputType.BYTES));
		}
	}

}
