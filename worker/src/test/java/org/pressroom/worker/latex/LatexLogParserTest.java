package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On logs captured from real pdflatex runs (TeX Live 2022, the options and environment
 * {@link PdfLatex} uses); the .tex beside each log is the source that produced it.
 */
class LatexLogParserTest {

	@Test
	void readsAnUndefinedCommandWithFileLineAndContext() {
		List<LatexError> errors = LatexLogParser.errors(log("undefined.log"));
		assertThat(errors).containsExactly(new LatexError("undefined.tex", 7, "Undefined control sequence.",
				"The canopy \\foo {cover} is measured here."));
	}

	@Test
	void readsAnErrorWhoseContextSpansTheBreakPoint() {
		List<LatexError> errors = LatexLogParser.errors(log("missing-dollar.log"));
		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).file()).isEqualTo("missing-dollar.tex");
		assertThat(errors.get(0).line()).isEqualTo(3);
		assertThat(errors.get(0).message()).isEqualTo("Missing $ inserted.");
		assertThat(errors.get(0).context()).isEqualTo("A paragraph with x^ 2 outside of math mode.");
	}

	@Test
	void readsABangErrorAndTakesItsFileFromTheErrorThatFollows() {
		List<LatexError> errors = LatexLogParser.errors(log("forbidden-file.log"));
		assertThat(errors).first().satisfies((error) -> {
			assertThat(error.message()).isEqualTo("LaTeX Error: File `/etc/hostname.tex' not found.");
			assertThat(error.file()).isEqualTo("forbidden-file.tex");
			assertThat(error.line()).isEqualTo(3);
			assertThat(error.context()).startsWith("Before. \\input{/etc/hostname}");
		});
		assertThat(errors).extracting(LatexError::message)
			.doesNotContain("Emergency stop.", "==> Fatal error occurred, no output PDF file produced!");
	}

	@Test
	void formatsAnErrorAsFileLineMessage() {
		assertThat(LatexLogParser.errors(log("undefined.log")).get(0))
			.hasToString("undefined.tex:7: Undefined control sequence.");
	}

	@Test
	void findsNoErrorsInASuccessfulRun() {
		assertThat(LatexLogParser.errors(log("warnings.log"))).isEmpty();
	}

	@Test
	void warnsAboutUndefinedReferencesAndMissingCharactersButNotBoxes() {
		assertThat(LatexLogParser.warnings(log("warnings.log"))).containsExactly(
				"Links to anchors that do not exist in the document: elsewhere, nowhere",
				"Some characters are missing from the PDF's fonts (cmr10)");
	}

	@Test
	void readsOverfullBoxesWithWhereTexDetectedThem() {
		String log = log("warnings.log") + """
				Overfull \\hbox (12.5pt too wide) in paragraph at lines 100--105
				[]\\T1/lmr/m/n/10.95 some text
				Overfull \\hbox (0.10384pt too wide) in alignment at lines 20--31
				Overfull \\vbox (3.0pt too high) has occurred while \\output is active
				""";

		assertThat(LatexLogParser.overfull(log)).containsExactly(new Overfull(240.46, 8), new Overfull(12.5, 105),
				new Overfull(0.10384, 31));
	}

	@Test
	void reportsTheAftermathWhenNothingElseIsThere() {
		String log = "./doc.tex:4:  ==> Fatal error occurred, no output PDF file produced!\n";
		assertThat(LatexLogParser.errors(log)).extracting(LatexError::message)
			.containsExactly("==> Fatal error occurred, no output PDF file produced!");
	}

	private static String log(String name) {
		try (InputStream in = LatexLogParserTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
