package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Documents typeset with real pdflatex: the fixture, hostile content, and what stops
 * pdflatex after the checks (an equation the allow-list passes, a damaged PDF image),
 * which is written again as a placeholder, never patched.
 */
class PdfTypesetterIT {

	/**
	 * Passes the allow-list; TeX stops: "Limit controls must follow a math operator"
	 * (\sum's own \limits).
	 */
	static final String FAILING_EQUATION = "x^\\\\sum";

	private final PdfTypesetter typesetter = new PdfTypesetter(new LatexWriter(1000),
			new PdfLatex(Duration.ofSeconds(60)), 1000);

	@TempDir
	Path jobDir;

	@Test
	void rendersTheFixtureDocumentWithItsImage() {
		Map<String, Image> images = AptDocuments.fixtureImages(this.jobDir);

		PdfTypesetter.Typeset result = typeset(AptDocuments.fixtureVersion(), images);

		assertThat(result.warnings()).isEmpty();
		assertThat(result.pdf().pdf()).isEqualTo(this.jobDir.resolve("document.pdf")).isRegularFile();
		assertThat(result.pdf().passes()).isEqualTo(2);
		assertThat(result.latex().tex()).contains("{images/image-0.jpg}").doesNotContain(this.jobDir.toString());
		String text = PdfText.squash(PdfText.of(result.pdf().pdf()));
		assertThat(text).contains(PdfText.squash("The data product includes estimates of total canopy cover and PAI"),
				PdfText.squash("whether a tree crown is treated as an opaque object including all small"),
				PdfText.squash("Thank you to all that are testing this tool! You are the best!"),
				PdfText.squash("Figure 1: This is an image caption"),
				PdfText.squash("Table 1: Test results by different entities"),
				PdfText.squash("Bridge-water Pass 2020-01-01 at 00:00:00"),
				PdfText.squash("[1] Dickens, Charles and Steinbeck, John (1995). Example Reference."),
				PdfText.squash("Version 1.2 • Published"), PdfText.squash("Ada M. Lovelace"));
		assertThat(this.jobDir.resolve("document.pdf")).as("the image is embedded")
			.satisfies((pdf) -> assertThat(Files.size(pdf))
				.isGreaterThan(Files.size(this.jobDir.resolve("images/image-0.jpg"))));
		System.out.printf("Fixture: %d passes in %d ms%n", result.pdf().passes(), result.pdf().elapsed().toMillis());

		PdfTypesetter.Typeset again = typeset(AptDocuments.fixtureVersion(), images);
		assertThat(again.pdf().passes()).as("a previous build's .aux and .toc are reused").isEqualTo(1);
	}

	@Test
	void producesTheSameBytesForTheSameContentInAnyJobFolder() throws IOException {
		byte[][] pdfs = new byte[2][];
		for (int i = 0; i < 2; i++) {
			Path dir = Files.createDirectories(this.jobDir.resolve("job-" + i));
			pdfs[i] = Files.readAllBytes(
					this.typesetter
						.typeset(AptDocuments.read(AptDocuments.fixtureVersion(), AptDocuments.fixtureImages(dir)), dir,
								(preamble) -> null)
						.pdf()
						.pdf());
		}
		assertThat(pdfs[0]).isEqualTo(pdfs[1]);
	}

	@Test
	void rendersHostileTextAsTextAndRefusesHostileEquations() throws IOException {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [
						  {"type": "p", "children": [{"text": "Read \\\\input{/etc/passwd} and \\\\csname input\\\\endcsname and ^^5cinput % # $ & ~ _ { }"}]},
						  {"type": "equation", "children": [{"text": "\\\\input{/etc/hostname}"}]},
						  {"type": "p", "children": [{"text": "Inline "}, {"type": "equation-inline", "children": [{"text": "x^^5cinput"}]}, {"text": " done."}]},
						  {"type": "equation", "children": [{"text": "E = mc^2"}]}
						]}}""");

		PdfTypesetter.Typeset result = typeset(version, Map.of());

		String text = PdfText.of(result.pdf().pdf());
		assertThat(PdfText.squash(text)).contains(PdfText
			.squash("Read \\input{/etc/passwd} and \\csname input\\endcsname and ^^5cinput % # $ & ~ _ { }"));
		assertThat(text).contains("[equation not rendered]", "Inline", "done.");
		assertThat(text).doesNotContain(Files.readString(Path.of("/etc/hostname")).strip());
		assertThat(AptDocuments.read(version).warnings()).hasSize(2)
			.satisfiesExactly(
					(warning) -> assertThat(warning)
						.startsWith("Introduction: equation not rendered (command \\input is not allowed"),
					(warning) -> assertThat(warning).contains("the ^^ notation is not allowed"));
	}

	@Test
	void writesAnEquationThatStopsPdflatexAgainAsAPlaceholder() throws IOException {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [
						  {"type": "p", "children": [{"text": "Before "}, {"type": "equation-inline", "children": [{"text": "%s"}]}, {"text": " after."}]},
						  {"type": "equation", "children": [{"text": "E = mc^2"}]},
						  {"type": "p", "children": [{"text": "The end."}]}
						]}}"""
					.formatted(FAILING_EQUATION));
		assertThat(AptDocuments.read(version).warnings()).as("the allow-list passes it").isEmpty();

		PdfTypesetter.Typeset result = typeset(version, Map.of());

		assertThat(result.warnings()).containsExactly("Introduction: equation not rendered (LaTeX error: "
				+ "Limit controls must follow a math operator.): x^\\sum");
		String text = PdfText.of(result.pdf().pdf());
		assertThat(PdfText.squash(text)).contains(PdfText.squash("Before [equation not rendered] after."),
				PdfText.squash("The end."));
		assertThat(text).containsOnlyOnce("equation not rendered");
		assertThat(Files.readString(this.jobDir.resolve("document.tex"))).as("written again, as compiled")
			.isEqualTo(result.latex().tex())
			.doesNotContain("x^\\sum")
			.contains("E = mc^2");
	}

	@Test
	void writesEquationsThatStopPdflatexAgainOneByOneWhereverTheyAre() throws IOException {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [{"type": "p", "children": [{"text": "First paragraph."}]},
						  {"type": "equation", "children": [{"text": "%1$s"}]}, {"type": "p", "children": [{"text": "Middle."}]}]},
						 "performance_assessment_validation_errors": {"children": [
						  {"type": "image-block", "children": [{"type": "img", "objectKey": "gone.png"},
						    {"type": "caption", "children": [{"text": "A caption with "}, {"type": "equation-inline", "children": [{"text": "%1$s"}]}]}]},
						  {"type": "p", "children": [{"text": "Last paragraph."}]}]}}"""
					.formatted(FAILING_EQUATION));

		PdfTypesetter.Typeset result = typeset(version, Map.of());

		assertThat(result.warnings()).containsExactly(
				"Introduction: equation not rendered (LaTeX error: Limit controls must follow a math operator.): x^\\sum",
				"Errors: equation not rendered (LaTeX error: Limit controls must follow a math operator.): x^\\sum");
		assertThat(result.pdf().passes()).as("after two failed runs").isEqualTo(2);
		assertThat(PdfText.squash(PdfText.of(result.pdf().pdf()))).contains(
				PdfText.squash("First paragraph. [equation not rendered] Middle."),
				PdfText.squash("Figure 1: A caption with [equation not rendered]"), PdfText.squash("Last paragraph."));
	}

	@Test
	void givesUpAfterFivePlaceholdersNamingTheSection() {
		StringBuilder equations = new StringBuilder();
		for (int i = 0; i < PdfTypesetter.MAX_FALLBACKS + 1; i++) {
			equations
				.append(", {\"type\": \"equation\", \"children\": [{\"text\": \"%s\"}]}".formatted(FAILING_EQUATION));
		}
		VersionSnapshot version = AptDocuments.version("{\"scientific_theory\": {\"children\": [{\"type\": \"p\","
				+ " \"children\": [{\"text\": \"Text.\"}]}" + equations + "]}}");

		assertThatExceptionOfType(LatexFailedException.class).isThrownBy(() -> typeset(version, Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).startsWith("LaTeX error in section \"Scientific Theory\": document.tex:")
					.endsWith(": Limit controls must follow a math operator.");
				assertThat(ex.errors().get(0).section()).isEqualTo("Scientific Theory");
				assertThat(ex.errors().get(0).context()).contains("x^\\sum");
			});
	}

	@Test
	void showsAPlaceholderForAnImagePdfTexCannotEmbed() throws IOException {
		Files.createDirectories(this.jobDir.resolve("images"));
		Files.writeString(this.jobDir.resolve("images/image-0.pdf"), "%PDF-1.4\ngarbage, no objects, no xref\n");
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "damaged.pdf"},
				    {"type": "caption", "children": [{"text": "A damaged figure"}]}]},
				  {"type": "p", "children": [{"text": "After the figure."}]}]}}""");

		PdfTypesetter.Typeset result = typeset(version,
				Map.of("damaged.pdf", Image.available("damaged.pdf", "images/image-0.pdf", ImageFormat.PDF, 0, 0)));

		assertThat(result.warnings())
			.containsExactly("Introduction: image \"damaged.pdf\" could not be embedded in the "
					+ "PDF (xpdf: reading PDF image failed); the PDF shows a placeholder");
		assertThat(String.join("\n", result.warnings())).doesNotContain(this.jobDir.toString());
		assertThat(PdfText.squash(PdfText.of(result.pdf().pdf()))).contains(
				PdfText.squash("Image not available: damaged.pdf"), PdfText.squash("Figure 1: A damaged figure"),
				PdfText.squash("After the figure."));
	}

	@Test
	void warnsAboutTextPastTheEdgeNamingItsSection() {
		// Math TeX cannot break: a \\text of 120 letters inline.
		VersionSnapshot version = AptDocuments.version("""
				{"scientific_theory": {"children": [{"type": "p", "children": [{"text": "Before "},
				  {"type": "equation-inline", "children": [{"text": "x = \\\\text{%s}"}]}, {"text": " after."}]}]}}"""
			.formatted("a".repeat(120)));

		PdfTypesetter.Typeset result = typeset(version, Map.of());

		assertThat(result.warnings()).singleElement()
			.asString()
			.matches("Scientific Theory: 1 line runs past the edge of the text in the PDF, by up to \\d+ pt");
	}

	@Test
	void keepsATableCaptionOnThePageOfTheTablesFirstRow() throws IOException {
		String row = "{\"type\": \"tr\", \"children\": [{\"type\": \"td\", \"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"%s\"}]}]}]}";
		List<String> rows = new ArrayList<>(List.of(row.formatted("first row")));
		for (int i = 2; i <= 60; i++) {
			rows.add(row.formatted("row " + i));
		}
		// A table longer than a page, starting lower on it each time: its caption goes
		// above its first row.
		for (int filler : new int[] { 0, 10, 20, 30 }) {
			String blocks = "{\"type\": \"p\", \"children\": [{\"text\": \"Filler line.\"}]},".repeat(filler);
			VersionSnapshot version = AptDocuments.version("{\"introduction\": {\"children\": [" + blocks
					+ "{\"type\": \"table-block\", \"children\": [{\"type\": \"table\", \"children\": ["
					+ String.join(",", rows)
					+ "]}, {\"type\": \"caption\", \"children\": [{\"text\": \"The caption\"}]}]}]}}");
			Path dir = Files.createDirectories(this.jobDir.resolve("filler-" + filler));

			PdfTypesetter.Typeset result = this.typesetter.typeset(AptDocuments.read(version), dir, (preamble) -> null);

			assertThat(PdfText.pageOf(result.pdf().pdf(), "Table 1: The caption")).as("after %d lines", filler)
				.isEqualTo(PdfText.pageOf(result.pdf().pdf(), "first row"));
		}
	}

	@Test
	void failsADocumentPastThePageLimit() {
		PdfTypesetter limited = new PdfTypesetter(new LatexWriter(2), new PdfLatex(Duration.ofSeconds(60)), 2);
		String paragraphs = "{\"type\": \"p\", \"children\": [{\"text\": \"" + "A line of text. ".repeat(200)
				+ "\"}]},";
		VersionSnapshot version = AptDocuments.version("{\"introduction\": {\"children\": [" + paragraphs.repeat(10)
				+ "{\"type\": \"p\", \"children\": [{\"text\": \"End.\"}]}]}}");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> limited.typeset(AptDocuments.read(version), this.jobDir, (preamble) -> null))
			.withMessage("The PDF has more than 2 pages, the limit (pressroom.render.max-pages); shorten the document");
	}

	@Test
	void rendersTheProductionDocumentsOf2021WithoutWarnings() throws IOException {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			Path dir = Files.createDirectories(this.jobDir.resolve("atbd-" + version.key().atbdId()));

			PdfTypesetter.Typeset result = this.typesetter.typeset(AptDocuments.read(version), dir, (preamble) -> null);

			assertThat(result.warnings()).as(version.key().toString()).isEmpty();
			assertThat(PdfText.squash(PdfText.of(result.pdf().pdf())))
				.contains(PdfText.squash(version.title().strip()));
			System.out.printf("%s: %d passes in %d ms, %d overfull boxes%n", version.key(), result.pdf().passes(),
					result.pdf().elapsed().toMillis(), result.pdf().overfull().size());
		}
	}

	private PdfTypesetter.Typeset typeset(VersionSnapshot version, Map<String, Image> images) {
		return this.typesetter.typeset(AptDocuments.read(version, images), this.jobDir, (preamble) -> null);
	}

}
