package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.AptDocuments;

import static org.assertj.core.api.Assertions.assertThat;

class LatexWriterTest {

	private final LatexWriter writer = new LatexWriter();

	@TempDir
	Path jobDir;

	@Test
	void writesTheSectionsInAptOrder() {
		String tex = this.writer.write(AptDocuments.fixtureVersion(), Map.of()).tex();

		assertThat(tex).containsSubsequence("\\tableofcontents", "\\section{Algorithm Description}",
				"\\subsection{Scientific Theory}", "\\subsubsection[Equation Example]{Equation Example}\\label{equation-example}",
				"\\subsection{Mathematical Theory}", "\\subsubsection{Mathematical Theory Assumptions}",
				"\\subsection{Output Variables}", "\\section{Performance Assessment Validation}",
				"\\subsection{Methods}", "\\section{Algorithm Implementations}", "\\section{Data Access}",
				"\\subsection{Output Data}", "\\section{Acknowledgements}", "\\section{Contacts}",
				"\\section{References}", "\\section{How to Cite}", "\\end{document}");
		assertThat(tex).doesNotContain("Introduction", "Input Variables", "Uncertainties", "Input Data",
				"Discussion", "Abstract");
	}

	@Test
	void writesTheTitleBlockEscaped() {
		VersionSnapshot version = new VersionSnapshot(new VersionKey(3, 2), 1, "Fluxes & CO_2 at 100% ~ {x}", "a",
				"CLOSED_REVIEW_REQUESTED", "10.1/x_y", null, null, Instant.EPOCH,
				List.of(new Contact(1, "Jo", null, "Doe-Smith", null, List.of(), List.of(), List.of())), 0);

		String tex = this.writer.write(version, Map.of()).tex();

		assertThat(tex).contains("{\\LARGE\\bfseries Fluxes \\& CO\\_2 at 100\\% \\textasciitilde{} \\{x\\}\\par}",
				"pdftitle={Fluxes \\& CO\\_2 at 100\\% \\textasciitilde{} \\{x\\}}", "{\\large Jo Doe-Smith\\par}",
				"Version 2.1 \\textbullet{} Closed Review Requested\\par",
				"DOI: \\href{https://doi.org/10.1/x_y}{10.1/x\\_y}\\par");
	}

	@Test
	void startsFrontMatterUnnumberedButInTheContents() {
		String tex = this.writer.write(AptDocuments.version("""
				{"abstract": {"children": [{"type": "p", "children": [{"text": "Short."}]}]},
				 "key_points": "One\\nTwo"}"""), Map.of()).tex();

		assertThat(tex).contains("\\section*{Abstract}\\phantomsection\\addcontentsline{toc}{section}{Abstract}\\label{abstract}",
				"\\section*{Key Points}", "\\begin{itemize}\n\\item{} One\n\\item{} Two\n\\end{itemize}");
	}

	@Test
	void includesImagesByAbsolutePathAndWarnsAboutMissingOrUnreadableOnes() throws IOException {
		Path jpeg = AptDocuments.fullMoonImage(this.jobDir.resolve("image-0.jpg"));
		Path fake = Files.writeString(this.jobDir.resolve("image-1.png"), "<svg/>");
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "moon.jpg"}, {"type": "caption", "children": [{"text": "Moon"}]}]},
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "drawing.svg"}]},
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "gone.png"}]}
				]}}""");

		LatexSource latex = this.writer.write(version, Map.of("moon.jpg", jpeg, "drawing.svg", fake));

		assertThat(latex.tex()).contains("\\includegraphics[width=\\linewidth,height=0.4\\textheight,keepaspectratio]{"
				+ jpeg.toAbsolutePath() + "}\n\\caption[Moon]{Moon}", "\\imageplaceholder{drawing.svg}",
				"\\imageplaceholder{gone.png}");
		assertThat(latex.warnings()).containsExactly(
				"Introduction: image \"drawing.svg\" is not a PNG, JPEG or PDF file pdflatex can read; a placeholder is shown in the PDF",
				"Introduction: image \"gone.png\" is not available; a placeholder is shown");
	}

	@Test
	void writesEquationsCheckedAndMarkedAndRefusedOnesAsPlaceholders() {
		LatexSource latex = this.writer.write(AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "See "}, {"type": "equation-inline", "children": [{"text": "x_i"}]}]},
				  {"type": "equation", "children": [{"text": "\\\\write18{id}"}]},
				  {"type": "equation", "children": [{"text": "E = mc^2"}]}
				]}}"""), Map.of());

		assertThat(latex.tex()).contains("See %\n%pressroom-equation inline Introduction\n\\(x_i\\)",
				"\\begin{center}\\equationfailed\\end{center}",
				"%pressroom-equation display Introduction\n\\[\nE = mc^2\n\\]");
		assertThat(latex.warnings()).containsExactly(
				"Introduction: equation not rendered (command \\write is not allowed in equations): \\write18{id}");
	}

	@Test
	void writesCitationsAsNumberedLinksToTheReferenceList() {
		String tex = this.writer.write(AptDocuments.fixtureVersion(), Map.of()).tex();

		assertThat(tex).contains("\\textbf{\\textit{document}}\\hyperlink{ref-1}{{[}1{]}}",
				"\\item[\\hypertarget{ref-1}{}{[}1{]}] Dickens, Charles and Steinbeck, John (1995). Example Reference. \\textit{A}, 42ml(ticket), 189-198.");
	}

	@Test
	void flattensListsNestedDeeperThanLatexAllows() {
		String list = "{\"type\": \"ul\", \"children\": [{\"type\": \"li\", \"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"deep\"}]}]}]}";
		for (int i = 0; i < 6; i++) {
			list = "{\"type\": \"ul\", \"children\": [{\"type\": \"li\", \"children\": [" + list + "]}]}";
		}
		String tex = this.writer.write(AptDocuments.version("{\"introduction\": {\"children\": [" + list + "]}}"), Map.of())
			.tex();

		assertThat(tex.split("\\\\begin\\{itemize\\}", -1)).hasSize(5);
		assertThat(tex).contains("\\begin{itemize}\n\\item{} \\item[--] deep\n\\end{itemize}");
	}

	@Test
	void writesTheSameTexForTheSameContent() {
		assertThat(this.writer.write(AptDocuments.fixtureVersion(), Map.of()))
			.isEqualTo(this.writer.write(AptDocuments.fixtureVersion(), Map.of()));
	}

	@Test
	void writesTheProductionDocumentsWithoutWarnings() {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			assertThat(this.writer.write(version, Map.of()).warnings()).as(version.key().toString()).isEmpty();
		}
	}

}
