package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.AptDocuments;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Real pdflatex runs: the fixture document, hostile content, a LaTeX error and a run past the time limit. */
class PdfLatexIT {

	private final PdfLatex pdfLatex = new PdfLatex(Duration.ofSeconds(60));

	@TempDir
	Path jobDir;

	@Test
	void rendersTheFixtureDocumentWithItsImage() throws IOException {
		Path image = AptDocuments.fullMoonImage(this.jobDir.resolve("image-0.jpg"));
		LatexSource latex = new LatexWriter().write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", image));
		Files.writeString(this.jobDir.resolve("document.tex"), latex.tex());

		PdfResult result = this.pdfLatex.compile(this.jobDir, "document.tex");

		assertThat(latex.warnings()).isEmpty();
		assertThat(result.warnings()).isEmpty();
		assertThat(result.pdf()).isEqualTo(this.jobDir.resolve("document.pdf")).isRegularFile();
		assertThat(result.passes()).isEqualTo(2);
		String text = PdfText.squash(PdfText.of(result.pdf()));
		assertThat(text).contains(PdfText.squash("The data product includes estimates of total canopy cover and PAI"),
				PdfText.squash("whether a tree crown is treated as an opaque object including all small"),
				PdfText.squash("Thank you to all that are testing this tool! You are the best!"),
				PdfText.squash("Figure 1: This is an image caption"),
				PdfText.squash("Table 1: Test results by different entities"),
				PdfText.squash("Bridge-water Pass 2020-01-01 at 00:00:00"),
				PdfText.squash("[1] Dickens, Charles and Steinbeck, John (1995). Example Reference."),
				PdfText.squash("Version 1.2 • Published"), PdfText.squash("Ada M. Lovelace"));
		// The image is embedded: the PDF is larger than the JPEG.
		assertThat(Files.size(result.pdf())).isGreaterThan(Files.size(image));
		System.out.printf("Fixture: %d passes in %d ms%n", result.passes(), result.elapsed().toMillis());

		PdfResult again = this.pdfLatex.compile(this.jobDir, "document.tex");
		assertThat(again.passes()).as("a previous build's .aux and .toc are reused").isEqualTo(1);
		System.out.printf("Fixture, one pass with the previous .aux: %d ms%n", again.elapsed().toMillis());
	}

	@Test
	void producesTheSameBytesForTheSameContentInAnyJobFolder() throws IOException {
		byte[][] pdfs = new byte[2][];
		for (int i = 0; i < 2; i++) {
			Path dir = Files.createDirectories(this.jobDir.resolve("job-" + i));
			Path image = AptDocuments.fullMoonImage(dir.resolve("image-0.jpg"));
			LatexSource latex = new LatexWriter().write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", image));
			Files.writeString(dir.resolve("document.tex"), latex.tex());
			pdfs[i] = Files.readAllBytes(this.pdfLatex.compile(dir, "document.tex").pdf());
		}
		assertThat(pdfs[0]).isEqualTo(pdfs[1]);
	}

	@Test
	void rendersHostileTextAsTextAndRefusesHostileEquations() throws IOException {
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "Read \\\\input{/etc/passwd} and \\\\csname input\\\\endcsname and ^^5cinput % # $ & ~ _ { }"}]},
				  {"type": "equation", "children": [{"text": "\\\\input{/etc/hostname}"}]},
				  {"type": "p", "children": [{"text": "Inline "}, {"type": "equation-inline", "children": [{"text": "x^^5cinput"}]}, {"text": " done."}]},
				  {"type": "equation", "children": [{"text": "E = mc^2"}]}
				]}}""");
		LatexSource latex = new LatexWriter().write(version, Map.of());
		Files.writeString(this.jobDir.resolve("document.tex"), latex.tex());

		PdfResult result = this.pdfLatex.compile(this.jobDir, "document.tex");

		String text = PdfText.of(result.pdf());
		assertThat(PdfText.squash(text)).contains(PdfText.squash(
				"Read \\input{/etc/passwd} and \\csname input\\endcsname and ^^5cinput % # $ & ~ _ { }"));
		assertThat(text).contains("[equation not rendered]", "Inline", "done.");
		assertThat(text).doesNotContain(Files.readString(Path.of("/etc/hostname")).strip());
		assertThat(latex.warnings()).hasSize(2).allSatisfy((warning) -> assertThat(warning)
			.startsWith("Introduction: equation not rendered ("));
		assertThat(latex.warnings().get(0)).contains("command \\input is not allowed");
		assertThat(latex.warnings().get(1)).contains("the ^^ notation is not allowed");
	}

	@Test
	void replacesAnEquationThatStopsPdflatexAndRendersTheRest() throws IOException {
		// split passes the allow-list but works only at the top of a display.
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "Before "}, {"type": "equation-inline", "children": [{"text": "\\\\begin{split} a &= b \\\\end{split}"}]}, {"text": " after."}]},
				  {"type": "equation", "children": [{"text": "E = mc^2"}]},
				  {"type": "p", "children": [{"text": "The end."}]}
				]}}""");
		LatexSource latex = new LatexWriter().write(version, Map.of());
		assertThat(latex.warnings()).isEmpty();
		Files.writeString(this.jobDir.resolve("document.tex"), latex.tex());

		PdfResult result = this.pdfLatex.compile(this.jobDir, "document.tex");

		assertThat(result.warnings()).containsExactly(
				"Introduction: equation not rendered (LaTeX error: Package amsmath Error: \\begin{split} won't work here.): \\begin{split} a &= b \\end{split}");
		String text = PdfText.of(result.pdf());
		assertThat(PdfText.squash(text)).contains(PdfText.squash("Before [equation not rendered] after."),
				PdfText.squash("The end."));
		assertThat(text).containsOnlyOnce("equation not rendered").doesNotContain("split");
		assertThat(Files.readString(this.jobDir.resolve("document.tex"))).doesNotContain("split");
	}

	@Test
	void replacesDisplayEquationsThatStopPdflatexOneByOne() throws IOException {
		Files.writeString(this.jobDir.resolve("equations.tex"), "\\documentclass{article}\n"
				+ "\\newcommand{\\equationfailed}{[equation not rendered]}\n\\begin{document}\nFirst paragraph.\n"
				+ EquationFallback.display("Mathematical Theory", "x = \\undefinedone") + "\nMiddle paragraph.\n"
				+ EquationFallback.display("Errors", "y = \\undefinedtwo") + "\nLast paragraph.\n\\end{document}\n");

		PdfResult result = this.pdfLatex.compile(this.jobDir, "equations.tex");

		assertThat(result.warnings()).containsExactly(
				"Mathematical Theory: equation not rendered (LaTeX error: Undefined control sequence.): x = \\undefinedone",
				"Errors: equation not rendered (LaTeX error: Undefined control sequence.): y = \\undefinedtwo");
		assertThat(result.passes()).as("two failed runs, then two passes").isEqualTo(4);
		assertThat(PdfText.squash(PdfText.of(result.pdf()))).contains(PdfText.squash(
				"First paragraph. [equation not rendered] Middle paragraph. [equation not rendered] Last paragraph."));
	}

	@Test
	void reportsALatexErrorWithFileLineAndSourceLine() throws IOException {
		Files.writeString(this.jobDir.resolve("bad.tex"), """
				\\documentclass{article}
				\\begin{document}
				A first paragraph.

				The canopy \\undefinedcommand{cover} is measured here.
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "bad.tex"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo("LaTeX error: bad.tex:5: Undefined control sequence.");
				assertThat(ex.errors()).containsExactly(new LatexError("bad.tex", 5, "Undefined control sequence.",
						"The canopy \\undefinedcommand{cover} is measured here."));
			});
	}

	@Test
	void namesTheSectionAnErrorIsIn() throws IOException {
		Files.writeString(this.jobDir.resolve("sections.tex"), """
				\\documentclass{article}
				\\begin{document}
				%pressroom-section Introduction
				\\section{Introduction}
				Fine.
				%pressroom-section Scientific Theory
				\\section{Scientific Theory}
				The canopy \\undefinedcommand{cover} is measured here.
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "sections.tex"))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo(
						"LaTeX error in section \"Scientific Theory\": sections.tex:8: Undefined control sequence.");
				assertThat(ex.errors().get(0).section()).isEqualTo("Scientific Theory");
			});
	}

	@Test
	void reportsAFatalErrorThatOnlyReachesTheConsole() throws IOException {
		Files.writeString(this.jobDir.resolve("long.tex"), "\\documentclass{article}\n\\begin{document}\nShort.\n\n"
				+ "word ".repeat(50_000) + "\n\\end{document}\n");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "long.tex"))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(LatexError::message)
				.containsExactly("Unable to read an entire line---bufsize=200000."));
	}

	@Test
	void refusesToReadFilesOutsideTheJobFolder() throws IOException {
		Files.writeString(this.jobDir.resolve("escape.tex"), """
				\\documentclass{article}
				\\begin{document}
				\\input{/etc/hostname}
				\\end{document}
				""");

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> this.pdfLatex.compile(this.jobDir, "escape.tex"))
			.satisfies((ex) -> assertThat(ex.errors().get(0)).isEqualTo(new LatexError("escape.tex", 3,
					"LaTeX Error: File `/etc/hostname.tex' not found.", "\\input{/etc/hostname}")));
	}

	@Test
	void keepsACanaryOutsideTheJobFolderUnreadEvenByRawTex() throws IOException {
		// Raw TeX that escaping and the allow-list would never let through: the sandbox alone must hold.
		Path outside = Files.createTempDirectory("canary-pressroom-");
		try {
			String marker = "CANARY-" + UUID.randomUUID();
			Path canary = Files.writeString(outside.resolve("canary.tex"), marker + "\n");
			String relative = this.jobDir.toAbsolutePath().relativize(canary.toAbsolutePath()).toString();
			Files.writeString(this.jobDir.resolve("canary.tex"), """
					\\documentclass{article}
					\\begin{document}
					\\newread\\probe
					\\openin\\probe=ABSOLUTE \\ifeof\\probe absolute refused\\else\\read\\probe to\\line absolute read: \\line\\fi
					\\openin\\probe=RELATIVE \\ifeof\\probe relative refused\\else\\read\\probe to\\line relative read: \\line\\fi
					\\IfFileExists{ABSOLUTE}{absolute exists}{absolute hidden}
					\\end{document}
					""".replace("ABSOLUTE", canary.toString()).replace("RELATIVE", relative));

			PdfResult result = this.pdfLatex.compile(this.jobDir, "canary.tex");

			String text = PdfText.of(result.pdf());
			assertThat(text).contains("absolute refused", "relative refused", "absolute hidden").doesNotContain(marker);
			assertThat(Files.readString(this.jobDir.resolve("canary.log"))).doesNotContain(marker);
		}
		finally {
			FileSystemUtils.deleteRecursively(outside);
		}
	}

	@Test
	void killsARunPastTheTimeLimit() throws IOException {
		Files.writeString(this.jobDir.resolve("loop.tex"), """
				\\documentclass{article}
				\\begin{document}
				\\loop\\iftrue\\repeat
				\\end{document}
				""");
		long start = System.nanoTime();

		assertThatExceptionOfType(LatexFailedException.class)
			.isThrownBy(() -> new PdfLatex(Duration.ofSeconds(2)).compile(this.jobDir, "loop.tex"))
			.withMessageContaining("did not finish within 2000 ms")
			.satisfies((ex) -> assertThat(ex.errors()).isEmpty());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void rendersTheProductionDocumentsOf2021() throws IOException {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			Path dir = Files.createDirectories(this.jobDir.resolve("atbd-" + version.key().atbdId()));
			LatexSource latex = new LatexWriter().write(version, Map.of());
			Files.writeString(dir.resolve("document.tex"), latex.tex());

			PdfResult result = this.pdfLatex.compile(dir, "document.tex");

			assertThat(latex.warnings()).as(version.key().toString()).isEmpty();
			assertThat(result.warnings()).as(version.key().toString()).isEmpty();
			assertThat(PdfText.squash(PdfText.of(result.pdf()))).contains(PdfText.squash(version.title().strip()));
			System.out.printf("%s: %d passes in %d ms%n", version.key(), result.passes(), result.elapsed().toMillis());
		}
	}

}
