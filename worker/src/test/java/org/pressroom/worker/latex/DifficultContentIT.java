package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Document;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content that has broken LaTeX renderers: every special character, Unicode the fonts
 * lack, lists nested past LaTeX's limit, tables and figures in cells and lists, brackets
 * where LaTeX reads options, missing images and references; and every character mapping
 * and every allowed math command, so that none of them can stop pdflatex.
 */
class DifficultContentIT {

	private final PdfTypesetter typesetter = new PdfTypesetter(new LatexWriter(1000),
			new PdfLatex(Duration.ofSeconds(60)), 1000);

	@TempDir
	Path jobDir;

	@Test
	void rendersDifficultContentWithPlaceholdersAndWarnings() throws IOException {
		VersionSnapshot version = AptDocuments.version(resource("difficult-document.json"));

		PdfTypesetter.Typeset result = this.typesetter.typeset(AptDocuments.read(version), this.jobDir,
				(preamble) -> null);

		assertThat(AptDocuments.read(version).warnings()).containsExactly(
				"References: entries 1 and 3 share the id \"r1\"; citations of it link to entry 1",
				"Plain Language Summary: lists nested deeper than 4 levels are shown at level 4, their items marked by hand",
				"Introduction: link target \"javascript:alert(1)\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)",
				"Introduction: a citation names reference \"nope\", which is not in the reference list; shown as [?]",
				"Introduction: equation not rendered (command \\def is not allowed in equations): \\def\\x{1}",
				"Introduction: unknown element type \"blockquote\" shown as plain text",
				"Introduction: image \"missing.png\" is not shown (it was not fetched); a placeholder is shown",
				"Introduction: image \"missing-in-cell.png\" is not shown (it was not fetched); a placeholder is shown");
		assertThat(result.warnings()).containsExactly(
				"Characters the PDF cannot show are printed as boxed code points: U+0D9E (ඞ), U+1F600 (😀)");
		String text = PdfText.squash(PdfText.of(result.pdf().pdf()));
		assertThat(text).contains(PdfText.squash("every special character: \\ { } $ & # ^ _ % ~ < > |"),
				PdfText.squash("U+1F600"), PdfText.squash("level 7"), PdfText.squash("[starts with a bracket]"),
				PdfText.squash("*starts with a star"), PdfText.squash("Image not available: missing.png"),
				PdfText.squash("Table 2: Inputs & their units_100%"), PdfText.squash("[equation not rendered]"),
				PdfText.squash("cite [1] and missing [?]"),
				PdfText.squash("Doe, J. & Roe, R. (2020). On $ and % in titles."));
	}

	@Test
	void typesetsEveryMappedCharacter() throws IOException {
		StringBuilder characters = new StringBuilder();
		for (String line : resource("unicode-latex.tsv").lines().toList()) {
			if (!line.startsWith("#") && !line.isBlank()) {
				characters.appendCodePoint(Integer.parseInt(line.split("\t")[0], 16)).append(' ');
			}
		}
		resource("native-chars.txt").lines().filter((line) -> !line.startsWith("#")).forEach(characters::append);
		ObjectNode document = paragraphs(List.of(characters.toString()));

		PdfTypesetter.Typeset result = compile(document, List.of());

		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void typesetsEveryAllowedMathCommand() throws IOException {
		List<String> equations = new ArrayList<>();
		MathCommands.SYMBOLS.stream().sorted().forEach((name) -> equations.add(switch (name) {
			case "limits", "nolimits" -> "\\sum\\" + name + "_{i}";
			case "not" -> "a \\not= b";
			default -> "x \\" + name + " y";
		}));
		MathCommands.WITH_ARGUMENTS.forEach((name, arity) -> equations.add("\\" + name + "{a}".repeat(arity) + " b"));
		MathCommands.TEXT_ARGUMENT.forEach((name) -> equations.add("\\" + name + "{text} x"));
		MathCommands.SIZED.forEach((name) -> equations.add("\\" + name + "( x \\" + name + ")"));
		MathCommands.DELIMITERS.stream()
			.filter((name) -> Character.isLetter(name.charAt(0)))
			.forEach((name) -> equations.add("\\left\\" + name + " x \\middle\\" + name + " y \\right\\" + name));
		MathCommands.ENVIRONMENTS.keySet()
			.forEach((name) -> equations.add("\\begin{" + name + "}"
					+ (name.equals("array") ? "{cc}"
							: name.startsWith("alignedat") ? "{1}" : name.equals("subarray") ? "{c}" : "")
					+ (name.startsWith("equation") || name.equals("subarray") || name.equals("gathered")
							|| name.startsWith("gather") || name.startsWith("multline") ? "a" : "a & b")
					+ (name.startsWith("equation") ? "" : " \\\\ c") + "\\end{" + name + "}"));
		EquationAllowList allowList = new EquationAllowList(new LatexText());
		assertThat(equations)
			.allSatisfy((equation) -> assertThat(allowList.check(equation).rejection()).as(equation).isNull());

		PdfTypesetter.Typeset result = compile(paragraphs(List.of("Every allowed command:")), equations);

		assertThat(result.warnings()).isEmpty();
	}

	private PdfTypesetter.Typeset compile(ObjectNode document, List<String> equations) throws IOException {
		ArrayNode children = (ArrayNode) document.get("introduction").get("children");
		for (String equation : equations) {
			ObjectNode node = children.addObject().put("type", "equation");
			node.putArray("children").addObject().put("text", equation);
		}
		Document read = AptDocuments.read(AptDocuments.version(document));
		assertThat(read.warnings()).isEmpty();
		return this.typesetter.typeset(read, this.jobDir, (preamble) -> null);
	}

	private static ObjectNode paragraphs(List<String> texts) {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		ArrayNode children = document.putObject("introduction").putArray("children");
		for (String text : texts) {
			ObjectNode paragraph = children.addObject().put("type", "p");
			paragraph.putArray("children").addObject().put("text", text);
		}
		return document;
	}

	private static String resource(String name) {
		try (InputStream in = DifficultContentIT.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
