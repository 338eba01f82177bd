package org.pressroom.app.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.app.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The HTML page as a reader gets it: served by the app with its Content-Security-Policy,
 * opened in a real headless Chromium. KaTeX and the page's own style and script (all
 * served by the app) have typeset every equation, no raw TeX is left to see, every image
 * has loaded, every request the page made went to the app, and the browser reported no
 * policy violation. A document with markup in every text field shows all of it as text
 * and runs none of it. Screenshots land in target/html-in-browser/ for a person to look
 * at.
 */
class HtmlInBrowserIT extends IntegrationTest {

	private static final Path SCREENSHOTS = Path.of("target", "html-in-browser");

	/**
	 * Fields a page uses only in attributes (ids, link targets) or not at all: not
	 * visible as text.
	 */
	private static final Set<String> NOT_SHOWN_AS_TEXT = Set.of("sub_section_id", "ref_id", "reference_id", "link_url",
			"link_https_url");

	@Test
	@SuppressWarnings("unchecked")
	void typesetsEquationsAndShowsImagesWithNothingFetchedFromElsewhere() throws IOException {
		int atbd = this.apt.insertFixtureAtbdWithImage(this.store);
		// The browser is an anonymous reader: it may read a PUBLISHED version's HTML and
		// the assets, nothing else.
		this.jdbc.sql("UPDATE apt.atbd_versions SET status = 'PUBLISHED' WHERE atbd_id = :atbd")
			.param("atbd", atbd)
			.update();
		String page = awaitPage(atbd);

		try (HeadlessChromium chromium = new HeadlessChromium()) {
			ChromeDriver browser = chromium.driver();
			PolicyViolations violations = PolicyViolations.watch(browser);
			open(browser, page);

			assertTypeset(browser);
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
				.contains(page, origin + "assets/katex/katex.min.js", origin + "assets/katex/katex.min.css",
						origin + "assets/pressroom/document.css", origin + "assets/pressroom/typeset-math.js")
				.anySatisfy((url) -> assertThat(url).startsWith(origin + "assets/katex/fonts/KaTeX_"))
				.allSatisfy((url) -> assertThat(url).startsWith(origin));
			assertThat(requests)
				.allSatisfy((request) -> assertThat(((Number) request.get("status")).intValue()).as(request.toString())
					.isEqualTo(200));
			assertThat(violations.reported()).as("Content-Security-Policy violations").isEmpty();

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

	@Test
	@SuppressWarnings("unchecked")
	void markupInEveryFieldShowsAsTextAndNothingRuns() throws IOException {
		MarkupEverywhere document = new MarkupEverywhere();
		int atbd = document.insert(this.jdbc);
		String page = awaitPage(atbd);

		try (HeadlessChromium chromium = new HeadlessChromium()) {
			ChromeDriver browser = chromium.driver();
			PolicyViolations violations = PolicyViolations.watch(browser);
			open(browser, page);
			List<String> foreign = violations.reported();
			// The policy is on: an inline script is refused, and reported (browsers
			// report no sample without 'report-sample', so the probe is told by its
			// place: the one report after those of the page).
			browser.executeScript("var probe = document.createElement('script');"
					+ "probe.textContent = 'window.pwned_probe=1'; document.body.appendChild(probe);");
			await().atMost(Duration.ofSeconds(5)).until(() -> violations.reported().size() > foreign.size());
			assertThat(violations.reported().subList(foreign.size(), violations.reported().size()))
				.singleElement(InstanceOfAssertFactories.STRING)
				.startsWith("script-src-elem blocked inline");

			List<String> ran = (List<String>) browser
				.executeScript("return Object.keys(window).filter(k => k.startsWith('pwned_'))");
			List<String> injected = (List<String>) browser.executeScript(
					"""
							const expected = ['/assets/katex/katex.min.js', '/assets/pressroom/typeset-math.js'];
							return Array.from(document.querySelectorAll('*')).filter(e =>
							    Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))
							    || ['SVG', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'META'].includes(e.tagName.toUpperCase())
							        && !(e.tagName.toUpperCase() === 'META' && e.parentElement === document.head)
							    || e.tagName === 'SCRIPT' && !expected.includes(e.getAttribute('src'))
							        && e.textContent !== 'window.pwned_probe=1'
							    || ['href', 'src', 'action', 'formaction', 'xlink:href'].some(n => e.hasAttribute(n)
							        && /^\\s*(javascript|vbscript|data:text)/i.test(e.getAttribute(n))))
							  .map(e => e.outerHTML.substring(0, 200));
							""");
			Set<String> fieldsThatLeaked = new TreeSet<>();
			for (String element : injected) {
				document.payloads()
					.keySet()
					.stream()
					.filter((field) -> element.contains("pwned_" + field + "=") || element.contains(">" + field + "<"))
					.forEach(fieldsThatLeaked::add);
			}
			String visible = browser.findElement(By.tagName("body")).getText();
			Map<String, String> shown = new LinkedHashMap<>(document.payloads());
			NOT_SHOWN_AS_TEXT.forEach(shown::remove);
			// Every finding at once, so that a failure names every field that needs a
			// fix.
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(ran).as("payloads that ran").isEmpty();
			softly.assertThat(fieldsThatLeaked).as("fields whose markup became elements").isEmpty();
			softly.assertThat(injected).as("markup that became elements").isEmpty();
			softly.assertThat(foreign).as("Content-Security-Policy violations of the page").isEmpty();
			softly.assertThat(MarkupEverywhere.missing(shown, visible, browser.getTitle()))
				.as("fields whose text the page does not show as written")
				.isEmpty();
			softly.assertThat(browser.findElements(By.cssSelector(".math .katex")))
				.as("typeset equations")
				.hasSameSizeAs(browser.findElements(By.cssSelector(".math")))
				.isNotEmpty();
			softly.assertThat(browser.findElements(By.cssSelector(".katex-error"))).as("equations in error").isEmpty();
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve("markup-everywhere.png"), browser.getScreenshotAs(OutputType.BYTES));
			softly.assertAll();
		}
	}

	/** Waits until the version rendered, and returns its HTML's URL. */
	private String awaitPage(int atbd) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).isEqualTo("succeeded"));
		return this.api.url("/api/atbds/" + atbd + "/versions/1/html");
	}

	private static void open(ChromeDriver browser, String page) {
		browser.get(page);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Boolean.TRUE.equals(browser
				.executeScript("return document.readyState === 'complete' && document.fonts.status === 'loaded'")));
	}

	/** Every equation typeset by KaTeX: none left as source, none in error. */
	private static void assertTypeset(ChromeDriver browser) {
		assertThat(browser.findElements(By.cssSelector(".math"))).as("equations")
			.isNotEmpty()
			.allSatisfy((math) -> assertThat(math.findElements(By.cssSelector(".katex"))).hasSize(1));
		assertThat(browser.findElements(By.cssSelector(".katex-display .katex-html"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector(".katex-error"))).isEmpty();
	}

}
