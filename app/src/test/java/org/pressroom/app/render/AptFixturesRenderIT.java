package org.pressroom.app.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.testing.AptFixtures;
import org.pressroom.testing.PdfToText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * APT's three production ATBDs of 2021 and its test fixture (with its image), rendered
 * end to end: no warnings, as their content deserves none, and pdftotext of each PDF
 * shows every text in full ({@link ShownTexts}: paragraphs, link URLs and descriptions,
 * reference titles). Prints pages, PDF size, render time (first render, the four side by
 * side, and a forced re-render of each alone), lost texts and the overfull boxes of the
 * published .tex (issue #13's figures) per document, and leaves the PDFs in
 * target/apt-fixtures/.
 */
class AptFixturesRenderIT extends IntegrationTest {

	private static final Duration RENDERED = Duration.ofSeconds(120);

	/** Where the PDFs are left for a person to look at. */
	private static final Path OUTPUT = Path.of("target", "apt-fixtures");

	@Test
	void rendersEveryParagraphWithoutWarnings() throws Exception {
		this.apt.loadBeta1Dump();
		int fixture = this.apt.insertFixtureAtbdWithImage(this.store);
		List<Integer> atbds = List.of(2, 3, 4, fixture);
		await().atMost(RENDERED)
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(atbds)
				.allSatisfy((atbd) -> assertThat(this.api.status(atbd, 1).get("state").asString()).isIn("succeeded",
						"failed")));

		SoftAssertions softly = new SoftAssertions();
		Map<Integer, String> figures = new LinkedHashMap<>();
		int checked = 0;
		for (int atbd : atbds) {
			JsonNode status = this.api.status(atbd, 1);
			softly.assertThat(status.get("state").asString()).as("ATBD %d", atbd).isEqualTo("succeeded");
			softly.assertThat(status.get("warnings").valueStream().map(JsonNode::asString).toList())
				.as("ATBD %d", atbd)
				.isEmpty();
			byte[] pdf = this.store
				.read(OutputKeys.of(new VersionKey(atbd, 1), status.get("checksum").asString(),
						OutputKeys.DOCUMENT_PDF))
				.orElseThrow();
			Files.createDirectories(OUTPUT);
			Files.write(OUTPUT.resolve("atbd-" + atbd + ".pdf"), pdf);
			String text = PdfToText.normal(PdfToText.of(pdf));
			List<String> texts = ShownTexts.of(document(atbd));
			checked += texts.size();
			// The missing texts, not the whole text, so that a failure reads in a line or
			// two.
			List<String> lost = texts.stream().filter((shown) -> !text.contains(PdfToText.normal(shown))).toList();
			softly.assertThat(lost).as("ATBD %d: text missing from pdftotext", atbd).isEmpty();
			byte[] tex = this.store
				.read(OutputKeys.of(new VersionKey(atbd, 1), status.get("checksum").asString(),
						OutputKeys.DOCUMENT_TEX))
				.orElseThrow();
			DoubleSummaryStatistics overfull = OverfullBoxes.ofTex(tex, AptFixtures.fullMoonImage(),
					OUTPUT.resolve("atbd-" + atbd).toAbsolutePath());
			figures.put(atbd, String.format(
					"%3d pages %8d bytes  pdf %5d ms  total %5d ms  %4d texts, %d lost  %3d overfull boxes (max %.1f pt)",
					pages(pdf), pdf.length, status.path("timings").path("pdf").asLong(),
					status.path("timings").path("total").asLong(), texts.size(), lost.size(), overfull.getCount(),
					overfull.getCount() == 0 ? 0 : overfull.getMax()));
		}
		figures.forEach((atbd, line) -> System.out.printf("ATBD %d (%s): %s%n", atbd, alias(atbd), line));
		softly.assertThat(checked).as("texts checked").isGreaterThan(150);
		softly.assertAll();
		// The first renders ran side by side; render each once more alone for its own
		// time (an edit's path: the worker reuses the version's last .aux, so one
		// pdflatex pass usually does).
		for (int atbd : atbds) {
			String before = this.api.status(atbd, 1).get("checksum").asString();
			this.api.post("/api/atbds/" + atbd + "/versions/1/serialize");
			await().atMost(RENDERED).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
				JsonNode again = this.api.status(atbd, 1);
				assertThat(again.get("checksum").asString()).isNotEqualTo(before);
				assertThat(again.get("state").asString()).isEqualTo("succeeded");
			});
			JsonNode timings = this.api.status(atbd, 1).path("timings");
			figures.computeIfPresent(atbd,
					(key, line) -> line + String.format("  | alone again: pdf %5d ms  total %5d ms",
							timings.path("pdf").asLong(), timings.path("total").asLong()));
		}
		figures.forEach((atbd, line) -> System.out.printf("ATBD %d (%s): %s%n", atbd, alias(atbd), line));
	}

	private JsonNode document(int atbd) {
		String json = this.jdbc.sql("SELECT document::text FROM apt.atbd_versions WHERE atbd_id = :atbd AND major = 1")
			.param("atbd", atbd)
			.query(String.class)
			.single();
		return JsonMapper.builder().build().readTree(json);
	}

	private String alias(int atbd) {
		return this.jdbc.sql("SELECT alias FROM apt.atbds WHERE id = :atbd")
			.param("atbd", atbd)
			.query(String.class)
			.single();
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

}
