package org.pressroom.app.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.worker.render.RenderProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #3's hostile and edge-case suite, end to end: each document is committed as an
 * ATBD, rendered by the worker and ends {@code succeeded} with exactly the warnings it
 * deserves and the texts it must show, or {@code failed} with an error that says what and
 * where (see {@link HostileCases}); no output, warning or error names a path of the
 * worker. A canary file with a unique marker lies outside every job folder; the escape
 * vectors try to read it by absolute and by relative path, and the marker must appear in
 * no output (JSON, LaTeX, PDF text and bytes, HTML, status) and in nothing the
 * application logged. Job folders are gone afterwards. Cases run one at a time, each
 * within {@link #CASE_LIMIT}; prints pages, PDF size and render time per case.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileDocumentsIT extends IntegrationTest {

	/**
	 * Each case must be finished by then, from commit to status: pdflatex's own
	 * wall-clock limit ({@code pressroom.render.pdflatex-timeout}, 60 s). The slowest
	 * case (5,000 paragraphs) takes a few seconds.
	 */
	private static final Duration CASE_LIMIT = Duration.ofSeconds(60);

	private static final List<String> OUTPUTS = List.of(OutputKeys.DOCUMENT_JSON, OutputKeys.DOCUMENT_TEX,
			OutputKeys.DOCUMENT_HTML, OutputKeys.STATUS_JSON);

	@Autowired
	RenderProperties renderProperties;

	private Path canaryDir;

	@BeforeEach
	void setUp() throws IOException {
		this.canaryDir = Files.createTempDirectory("canary-pressroom-");
	}

	@AfterEach
	void removeCanary() throws IOException {
		FileSystemUtils.deleteRecursively(this.canaryDir);
	}

	@Test
	void everyCaseEndsAsExpectedAndNoneReadsTheCanary(CapturedOutput log) throws IOException {
		String marker = "CANARY-" + UUID.randomUUID();
		Path canary = Files.writeString(this.canaryDir.resolve("canary.tex"), marker + "\n");
		Path workDir = this.renderProperties.workDirectory().toAbsolutePath().normalize();
		String fromJobFolder = "../" + workDir.relativize(canary.toAbsolutePath().normalize());
		List<HostileCase> cases = HostileCases.all(canary, fromJobFolder);
		Map<HostileCase, Integer> atbds = new LinkedHashMap<>();
		Map<HostileCase, Long> elapsed = new LinkedHashMap<>();
		// One at a time, so that each case's time is its own and each must end within the
		// time limit.
		for (HostileCase hostile : cases) {
			long start = System.nanoTime();
			int atbd = this.apt.insertAtbd(hostile.alias(), hostile.documentJson(), hostile.images(), this.store);
			await().atMost(CASE_LIMIT)
				.pollInterval(Duration.ofMillis(50))
				.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).as(hostile.alias())
					.isIn("succeeded", "failed"));
			atbds.put(hostile, atbd);
			elapsed.put(hostile, Duration.ofNanos(System.nanoTime() - start).toMillis());
		}

		SoftAssertions softly = new SoftAssertions();
		System.out.printf("%-26s %-10s %6s %10s %9s %9s %11s%n", "case", "state", "pages", "pdf bytes", "pdf ms",
				"render ms", "commit→end");
		for (Map.Entry<HostileCase, Integer> entry : atbds.entrySet()) {
			HostileCase hostile = entry.getKey();
			JsonNode status = this.api.status(entry.getValue(), 1);
			String state = status.get("state").asString();
			softly.assertThat(state).as(hostile.alias() + " " + status.get("error")).isEqualTo(hostile.state());
			if (hostile.state().equals("failed")) {
				softly.assertThat(status.path("error").asString(""))
					.as(hostile.alias() + " error")
					.contains(hostile.warnings());
			}
			else {
				softly.assertThat(status.get("warnings").valueStream().map(JsonNode::asString).toList())
					.as(hostile.alias())
					.containsExactlyInAnyOrderElementsOf(hostile.warnings());
			}
			VersionKey key = new VersionKey(entry.getValue(), 1);
			String checksum = status.get("checksum").asString();
			for (String file : OUTPUTS) {
				this.store.read(OutputKeys.of(key, checksum, file))
					.ifPresent((bytes) -> softly.assertThat(new String(bytes, StandardCharsets.UTF_8))
						.as(hostile.alias() + " " + file)
						.doesNotContain(marker)
						.as(hostile.alias() + " " + file + " names no path of the worker")
						.doesNotContain(workDir.toString()));
			}
			byte[] pdf = this.store.read(OutputKeys.of(key, checksum, OutputKeys.DOCUMENT_PDF)).orElse(new byte[0]);
			if (state.equals("succeeded")) {
				String text = ApiClient.textOf(pdf);
				softly.assertThat(text).as(hostile.alias() + " PDF text").doesNotContain(marker);
				softly.assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain(marker);
				String squashed = squash(text);
				hostile.shown()
					.forEach((shown) -> softly.assertThat(squashed)
						.as(hostile.alias() + " shows " + shown)
						.contains(squash(shown)));
			}
			System.out.printf("%-26s %-10s %6d %10d %9d %9d %11d%n", hostile.alias(), state, pages(pdf), pdf.length,
					status.path("timings").path("pdf").asLong(), status.path("timings").path("total").asLong(),
					elapsed.get(hostile));
			if (state.equals("failed")) {
				System.out.printf("%-26s error: %s%n", "", status.path("error").asString(""));
			}
		}
		softly.assertThat(log.getAll()).as("the log").doesNotContain(marker);
		try (Stream<Path> left = Files.list(workDir)) {
			softly.assertThat(left.map((path) -> path.getFileName().toString()))
				.as("job folders are removed after each render")
				.noneMatch((name) -> name.matches("pressroom-\\d+-\\d+-\\d+"));
		}
		softly.assertAll();
	}

	/**
	 * NFKC (ligatures to letters), without whitespace and hyphens, as PDF text breaks and
	 * hyphenates lines.
	 */
	static String squash(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010\u00ad]", "");
	}

	private static int pages(byte[] pdf) {
		if (pdf.length == 0) {
			return 0;
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
