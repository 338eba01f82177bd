package org.pressroom.app.render;

import java.lang.Character.UnicodeBlock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.pressroom.testing.AptFixtures;
import org.pressroom.worker.latex.EquationAllowList;
import org.pressroom.worker.document.Warnings;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.pressroom.app.render.SlateJson.equation;
import static org.pressroom.app.render.SlateJson.image;
import static org.pressroom.app.render.SlateJson.inlineEquation;
import static org.pressroom.app.render.SlateJson.introduction;
import static org.pressroom.app.render.SlateJson.item;
import static org.pressroom.app.render.SlateJson.link;
import static org.pressroom.app.render.SlateJson.list;
import static org.pressroom.app.render.SlateJson.p;
import static org.pressroom.app.render.SlateJson.ref;
import static org.pressroom.app.render.SlateJson.reference;
import static org.pressroom.app.render.SlateJson.table;
import static org.pressroom.app.render.SlateJson.text;

/**
 * The documents of issue #3's hostile and edge-case suite. The escape vectors name a
 * canary file outside every job folder, by absolute path and by a path relative to the
 * job folder; none may bring its marker into any output.
 */
final class HostileCases {

	/**
	 * Every way to reach a file or the shell from TeX that the issue lists, with
	 * {@code P} for the canary.
	 */
	static final List<String> ESCAPE_VECTORS = List.of("\\input{P}", "\\input P", "\\include{P}",
			"\\openin1=P \\read1 to\\x \\x", "\\read16 to\\x", "\\write18{cat P}",
			"\\immediate\\write18{cat P > leak.tex}", "\\catcode 92=12 x", "\\def\\x{\\input P}\\x",
			"\\csname input\\endcsname{P}", "\\usepackage{verbatim}", "^^5cinput{P}", "\\text{\\input{P}}",
			"\\mathrm{\\input P}", "\\expandafter\\input P", "\\begin{verbatim}P\\end{verbatim}", "x^{2", "x^2}}",
			"\\end{document}", "\\special{P}", "\\pdffiledump{P}");

	private static final String PREFIX = "Introduction: ";

	private HostileCases() {
	}

	static List<HostileCase> all(Path canary, String canaryFromJobFolder) {
		List<HostileCase> cases = new ArrayList<>();
		cases.add(escapeEquations(canary, canaryFromJobFolder));
		cases.add(escapeText(canary, canaryFromJobFolder));
		cases.add(manyParagraphs());
		cases.add(bigTable());
		cases.add(deepLists());
		cases.add(HostileCase.succeeds("empty-document", "{}", List.of()));
		// Core reads a JSON null document as {} (VersionSnapshot), so the worker cannot
		// tell it from an empty one.
		cases.add(HostileCase.succeeds("null-document", "null", List.of(Warnings.notAnObject("null"))));
		cases.add(HostileCase.succeeds("array-document", "[{\"introduction\": {}}]",
				List.of(Warnings.notAnObject("an array"))));
		cases.add(HostileCase.succeeds("string-document", "\"just a string\"",
				List.of(Warnings.notAnObject("a string"))));
		cases.add(HostileCase.succeeds("number-document", "42", List.of(Warnings.notAnObject("a number"))));
		cases.add(nullSections());
		cases.add(unicodeBlocks());
		cases.add(brokenImages());
		cases.add(damagedPdfImage());
		cases.add(references());
		// A caption too long for a float (TeX stopped on it: "Dimension too large") is
		// set as a paragraph.
		cases.add(HostileCase.succeeds("caption-240k-characters",
				introduction(List.of(image("none.png", "caption ".repeat(30_000) + "end of the caption."))),
				List.of(missing("none.png", NOT_FOUND)), "Figure 1: caption caption", "end of the caption."));
		cases.add(HostileCase.succeeds("long-paragraph",
				introduction(List.of(p("canopy " + "height ".repeat(40_000) + "end of the long paragraph."))),
				List.of(), "end of the long paragraph."));
		// One token too long for TeX's input buffer once failed the whole document
		// ("Unable to read an entire line").
		cases.add(HostileCase.succeeds("word-250k-characters",
				introduction(List.of(p("w".repeat(250_000)), p("After the word."))), List.of(), "w".repeat(1_000),
				"After the word."));
		cases.add(
				HostileCase.succeeds("backslashes-20k", introduction(List.of(p("\\".repeat(20_000)), p("After them."))),
						List.of(), "\\".repeat(1_000), "After them."));
		cases.add(unknownTypes());
		return cases;
	}

	/**
	 * Each vector as a display equation and, changed a little so its warning differs,
	 * inline.
	 */
	private static HostileCase escapeEquations(Path canary, String relative) {
		List<ObjectNode> blocks = new ArrayList<>();
		blocks.add(p("Before the equations."));
		List<String> warnings = new ArrayList<>();
		for (String vector : ESCAPE_VECTORS) {
			for (String path : List.of(canary.toString(), relative)) {
				String display = vector.replace("P", path);
				String inline = "y + " + display;
				blocks.add(equation(display));
				blocks.add(p(text("Inline "), inlineEquation(inline), text(" continues.")));
				warnings.add(rejected(display));
				warnings.add(rejected(inline));
			}
		}
		blocks.add(p("After the equations."));
		return HostileCase.succeeds("escape-equations", introduction(blocks), warnings.stream().distinct().toList(),
				"Before the equations.", "[equation not rendered]", "Inline [equation not rendered] continues.",
				"After the equations.");
	}

	/**
	 * Each vector as text, link target, citation, sub-section id and image key: all shown
	 * as text, or refused.
	 */
	private static HostileCase escapeText(Path canary, String relative) {
		String vectors = String.join(" ", ESCAPE_VECTORS).replace("P", canary.toString());
		ObjectNode subSection = SlateJson.element("sub-section", List.of(text("Heading \\input{" + canary + "}")))
			.put("id", "\\input{" + canary + "}");
		ObjectNode document = introduction(List.of(p(vectors), subSection,
				p(link("file://" + canary, "a file link"), text(" and "), link(relative, "a relative one"),
						text(" and a citation "), ref(canary.toString())),
				image(canary.toString(), "absolute key"), image(relative, "relative key")));
		return HostileCase.succeeds("escape-text", document,
				List.of(PREFIX + "link target \"file://" + canary
						+ "\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)",
						PREFIX + "link target \"" + relative
								+ "\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)",
						PREFIX + "a citation names reference \"" + canary
								+ "\", which is not in the reference list; shown as [?]",
						missing(canary.toString(), "its objectKey starts with /"),
						missing(relative, "its objectKey has an empty, . or .. segment")),
				vectors, "Heading \\input{" + canary + "}", "a file link and a relative one and a citation [?]");
	}

	private static HostileCase manyParagraphs() {
		List<ObjectNode> paragraphs = IntStream.rangeClosed(1, 5000)
			.mapToObj((i) -> p("Paragraph " + i + " of five thousand: canopy cover and plant area index."))
			.toList();
		return HostileCase.succeeds("five-thousand-paragraphs", introduction(paragraphs), List.of(),
				"Paragraph 1 of five thousand", "Paragraph 2500 of five thousand", "Paragraph 5000 of five thousand");
	}

	private static HostileCase bigTable() {
		List<List<String>> rows = IntStream.rangeClosed(1, 200)
			.mapToObj((row) -> IntStream.rangeClosed(1, 20).mapToObj((column) -> "r" + row + "c" + column).toList())
			.toList();
		return HostileCase.succeeds("table-200x20", introduction(List.of(table(rows, "Two hundred rows"))), List.of(),
				"r1c1", "r200c20", "Table 1: Two hundred rows");
	}

	private static HostileCase deepLists() {
		ObjectNode list = list("ul", List.of(item(p("level 12"))));
		for (int level = 11; level >= 1; level--) {
			list = list((level % 2 == 0) ? "ul" : "ol", List.of(item(p("level " + level), list)));
		}
		return HostileCase.succeeds("deep-lists", introduction(List.of(list)),
				List.of(PREFIX + "lists nested deeper than 4 levels are shown at level 4, their items marked by hand"),
				"level 1", "level 4", "level 12");
	}

	private static HostileCase nullSections() {
		ObjectNode document = JsonNodeFactory.instance.objectNode();
		for (String key : List.of("abstract", "plain_summary", "key_points", "introduction", "scientific_theory",
				"algorithm_input_variables", "algorithm_input_variables_caption", "data_access_related_urls",
				"publication_references", "journal_acknowledgements")) {
			document.putNull(key);
		}
		document.putObject("mathematical_theory").putNull("children");
		document.putObject("data_availability").putArray("children").addNull().add(text("stray leaf"));
		return HostileCase.succeeds("null-sections", document, List.of());
	}

	/**
	 * One paragraph per Unicode block of the characters in APT's fixtures, each block's
	 * characters in it.
	 */
	private static HostileCase unicodeBlocks() {
		String data = AptFixtures.testFixtureDocument() + AptFixtures.beta1DumpSql();
		StringBuilder decoded = new StringBuilder();
		Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(data);
		while (escape.find()) {
			decoded.append((char) Integer.parseInt(escape.group(1), 16));
		}
		decoded.append(data);
		Map<String, StringBuilder> blocks = new TreeMap<>();
		decoded.codePoints()
			.filter((c) -> c > 0x7f && !Character.isSurrogate((char) c) && !Character.isISOControl(c))
			.distinct()
			.forEach((c) -> blocks.computeIfAbsent(UnicodeBlock.of(c).toString(), (name) -> new StringBuilder())
				.appendCodePoint(c)
				.append(' '));
		List<ObjectNode> paragraphs = new ArrayList<>();
		blocks.forEach((name, characters) -> paragraphs.add(p(name + ": " + characters)));
		return HostileCase.succeeds("unicode-blocks", introduction(paragraphs), List.of(),
				blocks.keySet().toArray(String[]::new));
	}

	private static HostileCase brokenImages() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0 };
		byte[] jpeg = AptFixtures.fullMoonImage();
		Map<String, byte[]> images = Map.of("truncated.png", png, "html.png",
				"<html><body>not an image</body></html>".getBytes(StandardCharsets.UTF_8), "empty.jpg", new byte[0],
				"half.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "script.svg",
				"<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
		List<ObjectNode> blocks = new ArrayList<>();
		Map<String, String> problems = new TreeMap<>(Map.of("truncated.png", "it is damaged or cut short", "html.png",
				"it is not a PNG, JPEG or PDF file", "empty.jpg", "it is not a PNG, JPEG or PDF file", "half.jpg",
				"it is damaged or cut short", "script.svg", "it is not a PNG, JPEG or PDF file"));
		// One warning per image, saying why (there were two, one of them without the
		// section).
		List<String> warnings = new ArrayList<>(List.of(missing("missing.png", NOT_FOUND)));
		blocks.add(image("missing.png", "Caption of missing.png"));
		problems.forEach((key, problem) -> {
			blocks.add(image(key, "Caption of " + key));
			warnings.add(missing(key, problem));
		});
		blocks.add(p("After the images."));
		return HostileCase.succeeds("broken-images", introduction(blocks), warnings, "After the images.")
			.withImages(images);
	}

	private static HostileCase references() {
		ObjectNode document = introduction(List.of(p(text("Cites a "), ref("a"), text(", b "), ref("b"),
				text(", a missing one "), ref("missing"), text(" and a blank one "), ref(""), text("."))));
		ArrayNode references = document.putArray("publication_references");
		references.add(reference("a", "First"));
		references.add(reference("b", "Second"));
		references.add(reference("a", "First again"));
		return HostileCase.succeeds("references", document,
				List.of("References: entries 1 and 3 share the id \"a\"; citations of it link to entry 1", PREFIX
						+ "a citation names reference \"missing\", which is not in the reference list; shown as [?]",
						PREFIX + "a citation names reference \"\", which is not in the reference list; shown as [?]"),
				"Cites a [1], b [2], a missing one [?] and a blank one [?].", "[3] Doe, J. (2020). First again.");
	}

	/**
	 * A PDF with a valid header and a damaged body: pdfTeX stops on it, and it once
	 * failed the document.
	 */
	private static HostileCase damagedPdfImage() {
		byte[] pdf = "%PDF-1.4\ngarbage, no objects and no xref table\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		return HostileCase.succeeds("damaged-pdf-image",
				introduction(List.of(image("damaged.pdf", "A damaged figure"), p("After the figure."))),
				List.of(Warnings.imageNotEmbedded("Introduction", "damaged.pdf", "xpdf: reading PDF image failed"),
						Warnings.pdfOnlyImage("Introduction", "damaged.pdf")),
				"Image not available: damaged.pdf", "Figure 1: A damaged figure", "After the figure.")
			.withImages(Map.of("damaged.pdf", pdf));
	}

	/**
	 * 60,000 element types nobody knows: warnings kept to the first hundred and a count
	 * (issue #12).
	 */
	private static HostileCase unknownTypes() {
		ArrayNode inlines = JsonNodeFactory.instance.arrayNode();
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < 60_000; i++) {
			ObjectNode element = inlines.addObject().put("type", "made-up-" + i);
			element.putArray("children").add(text("u" + i + " "));
			if (i < 100) {
				warnings.add(Warnings.unknownElement("Introduction", "made-up-" + i));
			}
		}
		warnings.add("... and 59900 more warnings");
		ObjectNode paragraph = SlateJson.element("p", List.of());
		paragraph.set("children", inlines);
		return HostileCase.succeeds("unknown-types-60000", introduction(List.of(paragraph)), warnings, "u0 u1 u2",
				"u59999");
	}

	private static final String NOT_FOUND = "not found, or larger than 20 MB";

	private static String missing(String objectKey, String problem) {
		return Warnings.missingImage("Introduction", objectKey, problem);
	}

	/**
	 * The warning for a refused equation; fails here if the allow-list would let it
	 * through.
	 */
	private static String rejected(String equation) {
		EquationAllowList.Checked checked = new EquationAllowList().check(equation);
		if (checked.isAccepted()) {
			throw new AssertionError("The allow-list accepts " + equation);
		}
		return Warnings.equationRejected("Introduction", checked.rejection(), equation);
	}

}
