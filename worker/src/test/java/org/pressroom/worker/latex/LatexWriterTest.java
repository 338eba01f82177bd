package org.pressroom.worker.latex;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the golden file cannot show by itself: escaping of the title block, the source
 * map, line lengths.
 */
class LatexWriterTest {

	private final LatexWriter writer = new LatexWriter(1000);

	@Test
	void writesTheSectionsInAptOrder() {
		String tex = write(AptDocuments.fixtureVersion()).tex();

		assertThat(tex).containsSubsequence("\\tableofcontents", "\\section{Algorithm Description}",
				"\\subsection{Scientific Theory}",
				"\\subsubsection[Equation Example]{Equation Example}\\label{equation-example}",
				"\\subsection{Mathematical Theory}", "\\subsubsection{Mathematical Theory Assumptions}",
				"\\subsection{Output Variables}", "\\section{Performance Assessment Validation}",
				"\\subsection{Methods}", "\\section{Algorithm Implementations}", "\\section{Data Access}",
				"\\subsection{Output Data}", "\\section{Acknowledgements}", "\\section{Contacts}",
				"\\section{References}", "\\section{How to Cite}", "\\end{document}");
		assertThat(tex).doesNotContain("Introduction", "Input Variables", "Uncertainties", "Input Data", "Discussion",
				"Abstract", "%pressroom");
	}

	@Test
	void writesTheTitleBlockEscaped() {
		VersionSnapshot version = new VersionSnapshot(new VersionKey(3, 2), 1, "Fluxes & CO_2 at 100% ~ {x}", "a",
				"CLOSED_REVIEW_REQUESTED", "10.1/x_y", null, null, Instant.EPOCH,
				List.of(new Contact(1, "Jo", null, "Doe-Smith", null, List.of(), List.of(), List.of())), 0);

		String tex = write(version).tex();

		assertThat(tex).contains("{\\LARGE\\bfseries Fluxes \\& CO\\_2 at 100\\% \\textasciitilde{} \\{x\\}\\par}",
				"pdftitle={Fluxes \\& CO\\_2 at 100\\% \\textasciitilde{} \\{x\\}}", "{\\large Jo Doe-Smith\\par}",
				"Version 2.1 \\textbullet{} Closed Review Requested\\par",
				"DOI: \\href{https://doi.org/10.1/x_y}{10.\\brk{}1/\\brk{}x\\_\\brk{}y}\\par",
				"\\renewcommand{\\pressroommaxpages}{1000}");
	}

	@Test
	void mapsEachSectionEquationAndFigureToItsLines() {
		Document document = AptDocuments.read(AptDocuments.goldenVersion(), AptDocuments.goldenImages());

		LatexSource latex = this.writer.write(document);

		List<String> lines = latex.tex().lines().toList();
		SourceMap map = latex.map();
		int display = lines.indexOf("E = mc^2") + 1;
		assertThat(map.equationsAt(display)).containsExactly(3);
		assertThat(map.source(3)).isEqualTo("E = mc^2");
		assertThat(map.section(display)).isEqualTo("Introduction");
		int inline = lineOf(lines, "\\(\\alpha^2 + \\beta_i\\)");
		assertThat(lines.get(inline - 1)).as("an inline equation has a line of its own").startsWith("\\(\\alpha^2");
		assertThat(map.equationsAt(inline)).containsExactly(1);
		int caption = lineOf(lines, "\\caption[The moon, with x\\_i]");
		assertThat(map.equationsAt(caption)).as("the caption holds equation 5").contains(5);
		assertThat(map.figureOf("images/image-0.jpg")).map(SourceMap.Figure::objectKey).hasValue("moon.jpg");
		assertThat(map.section(lineOf(lines, "\\section{References}") + 2)).isEqualTo("References");
		assertThat(map.section(lineOf(lines, "\\tableofcontents"))).isNull();
	}

	@Test
	void writesExcludedEquationsAndImagesAsPlaceholders() {
		Document document = AptDocuments.read(AptDocuments.goldenVersion(), AptDocuments.goldenImages());

		String tex = this.writer.write(document, new LatexRendering.Exclusions(Set.of(3), Set.of("moon.jpg"))).tex();

		assertThat(tex).doesNotContain("E = mc^2", "images/image-0.jpg")
			.contains("\\imageplaceholder{moon.\\brk{}jpg}", "\\begin{center}\\equationfailed\\end{center}",
					"images/image-1.pdf");
	}

	@Test
	void keepsEveryLineShortWhateverTheText() {
		String word = "x".repeat(250_000);
		String backslashes = "\\\\".repeat(20_000);
		String tex = write(
				AptDocuments.version("{\"introduction\": {\"children\": [{\"type\": \"p\", \"children\": [{\"text\": \""
						+ word + "\"}]}, {\"type\": \"p\", \"children\": [{\"text\": \"" + backslashes
						+ "\", \"bold\": true}]}," + "{\"type\": \"sub-section\", \"children\": [{\"text\": \""
						+ "heading ".repeat(10_000) + "\"}]}]}}"))
			.tex();

		assertThat(tex.lines()).allSatisfy((line) -> assertThat(line.length()).isLessThan(3 * LatexText.LINE_LENGTH));
		assertThat(tex).contains("x\\anybrk{}x", "\\textbackslash{}\\anybrk{}\\textbackslash{}");
		assertThat(tex.replaceAll("%\n", "").replace("\\anybrk{}", "")).contains(word);
	}

	@Test
	void writesTheSameTexForTheSameContent() {
		assertThat(write(AptDocuments.fixtureVersion())).usingRecursiveComparison()
			.isEqualTo(write(AptDocuments.fixtureVersion()));
	}

	@Test
	void writesTheProductionDocumentsWithoutWarnings() {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			assertThat(write(version).warnings()).as(version.key().toString()).isEmpty();
		}
	}

	private LatexSource write(VersionSnapshot version) {
		return this.writer.write(AptDocuments.read(version));
	}

	private static int lineOf(List<String> lines, String start) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i + 1;
			}
		}
		throw new AssertionError("No line starts with " + start);
	}

}
