package org.pressroom.app.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pressroom.app.IntegrationTest;
import org.pressroom.testing.PdfToText;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pressroom.app.render.SlateJson.image;
import static org.pressroom.app.render.SlateJson.introduction;
import static org.pressroom.app.render.SlateJson.item;
import static org.pressroom.app.render.SlateJson.link;
import static org.pressroom.app.render.SlateJson.list;
import static org.pressroom.app.render.SlateJson.p;
import static org.pressroom.app.render.SlateJson.table;
import static org.pressroom.app.render.SlateJson.text;

/**
 * Issue #13's rule for the HTML, in a real headless Chromium with the app's stylesheet:
 * nothing runs off the page. A document with long URLs, formula-like prose, code lists, a
 * 250,000-character word, a table of twenty columns, lists nested past four levels and an
 * image shown three times is opened at a desktop and at a phone's width; no element
 * reaches past the right edge (a table too wide scrolls in its own box), every text is on
 * the page, and the image, embedded once, is painted in every figure.
 */
class HtmlLayoutIT extends IntegrationTest {

	private static final String CMR = "https://cmr.earthdata.nasa.gov/search/concepts/C1711924822-LPCLOUD.html?token="
			+ "229aabe8b195cfe39ee6c58e45885832f98baeb7bf46463e93915c88c26d779a:OLpAZlE4HqIOMr0TYqg7UQ";

	private static final int COLOR = 0x1a4f8b;

	@Test
	void setsEveryTextWithinThePageAtAnyWidth() throws IOException {
		List<String> texts = List.of(CMR,
				"CI=R_{rs}(\\lambda_{green})-[R_{rs}(\\lambda_{blue})+(\\lambda_{green}-\\lambda_{blue})]",
				"ATMFAIL,LAND,HILT,STRAYLIGHT,CLDICE,COCCOLITH,HISATZEN,LOWLW,HIGLINT,NAVWARN", "w".repeat(250_000),
				"level 6");
		List<List<String>> rows = new ArrayList<>();
		for (int row = 1; row <= 2; row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 1; column <= 20; column++) {
				cells.add("r" + row + "c" + column + "_QC" + column + "_FLAG_WITH_A_LONG_NAME");
			}
			rows.add(cells);
		}
		ObjectNode deep = list("ul", List.of(item(p("level 6"))));
		for (int level = 5; level >= 1; level--) {
			deep = list("ol", List.of(item(p("level " + level), deep)));
		}
		ObjectNode document = introduction(
				List.of(p(texts.get(1) + " is computed per pixel."), p(text("See ("), link(CMR, ""), text(").")),
						p("Flags " + texts.get(2) + " are set."), p(texts.get(3)), table(rows, "Twenty columns"), deep,
						image("dot.png", "One"), image("dot.png", "Two"), image("dot.png", "Three")));
		document.putArray("data_access_related_urls").addObject().put("url", CMR).put("description", "A granule");
		int atbd = this.apt.insertAtbd("html-layout", document.toString(), Map.of("dot.png", png()), this.store);
		this.jdbc.sql("UPDATE apt.atbd_versions SET status = 'PUBLISHED' WHERE atbd_id = :atbd")
			.param("atbd", atbd)
			.update();
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).isEqualTo("succeeded"));
		String page = this.api.url("/api/atbds/" + atbd + "/versions/1/html");

		for (int width : new int[] { 1200, 420 }) {
			try (Chromium chromium = new Chromium(width)) {
				ChromeDriver browser = chromium.driver;
				browser.get(page);
				await().atMost(Duration.ofSeconds(20))
					.until(() -> Boolean.TRUE.equals(browser.executeScript(
							"return document.readyState === 'complete' && document.fonts.status === 'loaded'")));

				assertThat(browser.executeScript("return getComputedStyle(document.body).overflowWrap"))
					.as("the stylesheet is served and applied")
					.isEqualTo("anywhere");
				assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
					.as("at %d px, the page does not scroll sideways", width)
					.isLessThanOrEqualTo(((Number) browser.executeScript("return window.innerWidth")).intValue());
				@SuppressWarnings("unchecked")
				List<String> past = (List<String>) browser.executeScript("""
						const edge = document.documentElement.clientWidth + 1;
						return Array.from(document.querySelectorAll('main *'))
							.filter(e => !e.closest('.table-scroll, .math, svg'))
							.filter(e => e.getBoundingClientRect().right > edge)
							.map(e => e.tagName + ' ' + e.textContent.substring(0, 60));""");
				assertThat(past).as("elements past the right edge at %d px", width).isEmpty();
				String shown = PdfToText.normal((String) browser.executeScript("return document.body.innerText"));
				assertThat(texts).allSatisfy((text) -> assertThat(shown.contains(PdfToText.normal(text)))
					.as("%s on the page at %d px", text.substring(0, Math.min(40, text.length())), width)
					.isTrue());
				@SuppressWarnings("unchecked")
				List<Number> figures = (List<Number>) browser.executeScript(
						"return Array.from(document.querySelectorAll('figure svg.image')).map(s => s.getBoundingClientRect().height)");
				assertThat(figures).as("the image, shown three times")
					.hasSize(3)
					.allSatisfy((height) -> assertThat(height.doubleValue()).isPositive());
				assertThat(((Number) browser.executeScript("return document.querySelectorAll('symbol image').length"))
					.intValue()).as("and embedded once").isEqualTo(1);
				for (WebElement figure : browser.findElements(By.cssSelector("figure svg.image"))) {
					browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", figure);
					BufferedImage shot = ImageIO
						.read(new ByteArrayInputStream(figure.getScreenshotAs(OutputType.BYTES)));
					assertThat(shot.getRGB(shot.getWidth() / 2, shot.getHeight() / 2) & 0xffffff)
						.as("the figure paints the image")
						.isEqualTo(COLOR);
				}
			}
		}
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			for (int y = 0; y < 30; y++) {
				image.setRGB(x, y, COLOR);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/**
	 * Debian's headless Chromium at a window width, with a fresh profile (as
	 * HtmlInBrowserIT's, which is not ours).
	 */
	private static final class Chromium implements AutoCloseable {

		private final Path profile;

		private final ChromeDriver driver;

		Chromium(int width) throws IOException {
			this.profile = Files.createTempDirectory("pressroom-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(new File("/usr/bin/chromium"));
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-extensions", "--window-size=" + width + ",900", "--user-data-dir=" + this.profile);
			this.driver = new ChromeDriver(
					new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
						.usingAnyFreePort()
						.build(),
					options);
		}

		@Override
		public void close() throws IOException {
			try {
				this.driver.quit();
			}
			finally {
				FileSystemUtils.deleteRecursively(this.profile);
			}
		}

	}

}
