package org.pressroom.worker.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The APT rules, decided once for both writers. */
class DocumentReaderTest {

	@Test
	void listsTheFixtureSectionsInAptOrder() {
		assertThat(AptDocuments.read(AptDocuments.fixtureVersion(), AptDocuments.fixtureImages()).sections())
			.extracting(Section::anchor)
			.containsExactly("algorithm-description", "scientific-theory", "mathematical-theory",
					"mathematical-theory-assumptions", "algorithm-output-variables",
					"performance-assessment-validation", "performance-assessment-validation-methods",
					"algorithm-implementations", "data-access", "data-access-output-data", "journal-acknowledgements",
					"contacts", "references", "citation");
		assertThat(AptDocuments.read(AptDocuments.fixtureVersion(), AptDocuments.fixtureImages()).warnings()).isEmpty();
	}

	@Test
	void showsAGroupHeadingOnlyAboveAShownSubsection() {
		Document document = read(
				"""
						{"scientific_theory": {"children": [{"type": "p", "children": [{"text": " "}]}]},
						 "performance_assessment_validation_errors": {"children": [{"type": "equation", "children": [{"text": "x"}]}]}}""");

		assertThat(document.sections()).extracting(Section::title, Section::level)
			.containsExactly(tuple("Performance Assessment Validation", 1), tuple("Errors", 2));
		assertThat(document.sections().get(0).blocks()).isEmpty();
	}

	@Test
	void readsVariablesAsATableWithTheirCaption() {
		Document document = read(
				"""
						{"algorithm_output_variables": [{"name": {"children": [{"type": "p", "children": [{"text": "x"}]}]}, "unit": "m"},
						   {"name": "", "long_name": null}, "junk"],
						 "algorithm_output_variables_caption": " Outputs "}""");

		Block.Table table = (Block.Table) document.sections().get(document.sections().size() - 1).blocks().get(0);
		assertThat(table.caption().plain()).isEqualTo("Outputs");
		assertThat(table.header().cells()).extracting(PlainTextOf::cell).containsExactly("Name", "Long name", "Unit");
		assertThat(table.rows()).as("the blank variables left out")
			.singleElement()
			.satisfies((row) -> assertThat(row.cells()).extracting(PlainTextOf::cell).containsExactly("x", "", "m"));
	}

	@Test
	void leavesEverythingOutOfAnEmptyVersion() {
		assertThat(read("{}").sections()).isEmpty();
		Document empty = read(
				"""
						{"abstract": null, "introduction": {}, "key_points": "", "algorithm_input_variables": [{}],
						 "data_access_related_urls": [{"url": " ", "description": null}], "publication_references": null,
						 "journal_discussion": {"children": [{"type": "p", "children": [{}, {"text": ""}, {"text": "\\n"}]},
						   {"type": "ul", "children": [{"type": "li", "children": []}]}, {"type": "table-block", "children": []},
						   {"type": "image-block", "children": [{"type": "img", "objectKey": " "}]}, {"type": "marquee", "children": []}]}}""");
		assertThat(empty.sections()).isEmpty();
		assertThat(empty.warnings()).as("nothing shown, nothing to warn about").isEmpty();
	}

	@Test
	void showsKeyPointsAliveInBothRenderingsOrNotAtAll() {
		assertThat(read("{\"key_points\": \"-\"}").sections()).as("a bullet alone is no point").isEmpty();
		assertThat(read("{\"key_points\": \"- One\"}").sections().get(0).blocks()).singleElement()
			.isEqualTo(new Block.Paragraph(List.of(new Inline.Text("One", Marks.NONE))));
		assertThat(read("{\"key_points\": \"- One\\n* Two\\n\\n• Three\"}").sections().get(0).blocks()).singleElement()
			.satisfies((list) -> assertThat(((Block.ItemList) list).items()).hasSize(3));
	}

	@Test
	void warnsThatADocumentIsNotAnObject() {
		for (String json : List.of("[]", "\"a string\"", "42", "true")) {
			Document document = read(json);

			assertThat(document.sections()).isEmpty();
			assertThat(document.warnings()).singleElement()
				.asString()
				.startsWith("The document is not a JSON object but ")
				.endsWith("; none of its sections can be shown");
		}
		assertThat(read("[]").warnings().get(0)).contains("but an array;");
	}

	@Test
	void liftsListsNestedDeeperThanFourLevelsWithTheirMarkers() {
		String list = "{\"type\": \"ol\", \"children\": [{\"type\": \"li\", \"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"deep\"}]}]},"
				+ "{\"type\": \"li\", \"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"deeper\"}]}]}]}";
		for (int i = 0; i < 6; i++) {
			list = "{\"type\": \"ul\", \"children\": [{\"type\": \"li\", \"children\": [{\"type\": \"p\", \"children\": [{\"text\": \"level\"}]}, "
					+ list + "]}]}";
		}

		Document document = read("{\"introduction\": {\"children\": [" + list + "]}}");

		Block.ItemList level = (Block.ItemList) document.sections().get(0).blocks().get(0);
		for (int depth = 1; depth < DocumentReader.MAX_LIST_DEPTH; depth++) {
			level = (Block.ItemList) level.items().get(0).blocks().get(1);
		}
		assertThat(level.items()).extracting(Block.Item::label).containsExactly(null, "\u2013", "\u2013", "1.", "2.");
		assertThat(level.items().get(0).blocks()).as("nothing nested below")
			.singleElement()
			.isInstanceOf(Block.Paragraph.class);
		assertThat(document.warnings()).containsExactly(
				"Introduction: lists nested deeper than 4 levels are shown at level 4, their items marked by hand");
	}

	@Test
	void warnsOnceAboutEachUnknownElementTypeAndMissingImage() {
		Document document = read(
				"""
						{"introduction": {"children": [
						  {"type": "marquee", "children": [{"type": "p", "children": [{"text": "one"}]}]},
						  {"type": "p", "children": [{"type": "marquee", "children": [{"text": "two"}]}]},
						  {"type": "image-block", "children": [{"type": "img", "objectKey": "gone.png"}]}]},
						 "historical_perspective": {"children": [{"type": "image-block", "children": [{"type": "img", "objectKey": "gone.png"}]}]}}""",
				Map.of("gone.png", Image.unavailable("gone.png", "not found, or larger than 20 MB")));

		assertThat(document.warnings()).containsExactly(
				"Introduction: unknown element type \"marquee\" shown as plain text",
				"Introduction: image \"gone.png\" is not shown (not found, or larger than 20 MB); a placeholder is shown");
		assertThat(document.sections()).hasSize(2);
	}

	@Test
	void numbersEquationsInReadingOrderWithThePolicysVerdict() {
		Document document = read(
				"""
						{"abstract": {"children": [{"type": "p", "children": [{"type": "equation-inline", "children": [{"text": "$a$"}]}]}]},
						 "introduction": {"children": [{"type": "equation", "children": [{"text": "\\\\input{x}"}]},
						   {"type": "equation", "children": [{"text": "b & c"}]}]}}""");

		List<Block> introduction = document.sections().get(1).blocks();
		Equation refused = ((Block.DisplayMath) introduction.get(0)).equation();
		Equation aligned = ((Block.DisplayMath) introduction.get(1)).equation();
		assertThat(refused.number()).isEqualTo(2);
		assertThat(refused.accepted()).isFalse();
		assertThat(aligned).isEqualTo(new Equation(3, "b & c", "\\begin{aligned}b & c\\end{aligned}", null));
		assertThat(document.warnings()).containsExactly(
				"Introduction: equation not rendered (command \\input is not allowed in equations): \\input{x}");
	}

	@Test
	void readsLinksTheWayTheRulesAllow() {
		Document document = read("""
				{"introduction": {"children": [{"type": "p", "children": [
				  {"type": "a", "url": "#equation-example", "children": [{"text": "in"}]},
				  {"type": "a", "url": "javascript:alert(1)", "children": [{"text": "out"}]},
				  {"type": "a", "url": "www.nasa.gov", "children": []},
				  {"type": "a", "url": "https://x.org/%s", "children": [{"text": "long"}]}]}]}}"""
			.formatted("a".repeat(Links.MAX_LENGTH)));

		List<Inline> content = ((Block.Paragraph) document.sections().get(0).blocks().get(0)).content();
		assertThat(content).containsExactly(
				new Inline.Link("equation-example", true, List.of(new Inline.Text("in", Marks.NONE))),
				new Inline.Text("out", Marks.NONE),
				new Inline.Link("https://www.nasa.gov", false, List.of(new Inline.Text("www.nasa.gov", Marks.NONE))),
				new Inline.Text("long", Marks.NONE));
		assertThat(document.warnings()).containsExactly(
				"Introduction: link target \"javascript:alert(1)\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)",
				"Introduction: a link target of " + (Links.MAX_LENGTH + 14)
						+ " characters is shown as text (at most 8000 are linked)");
	}

	@Test
	void showsContactsAndACitationWithAnyFieldFilledIn() {
		VersionSnapshot version = new VersionSnapshot(new VersionKey(1, 1), 0, "Title", "a", "DRAFT", null,
				AptDocuments.JSON.readTree("{\"creators\": \"Doe, J.\", \"title\": \"\"}"), null, Instant.EPOCH,
				List.of(new Contact(1, "Jo", null, "Doe", null, List.of(), List.of(), List.of())), 0);

		Document document = read(version);

		assertThat(document.sections()).extracting(Section::anchor).containsExactly("contacts", "citation");
		assertThat(((Block.Paragraph) document.sections().get(1).blocks().get(0)).content())
			.containsExactly(new Inline.Text("Doe, J. ", Marks.NONE), new Inline.Text("Title.", Marks.NONE));
	}

	@Test
	void formatsStatusLabels() {
		assertThat(StatusLabel.of("CLOSED_REVIEW_REQUESTED")).isEqualTo("Closed Review Requested");
		assertThat(StatusLabel.of("Draft")).isEqualTo("Draft");
		assertThat(StatusLabel.of(null)).isEmpty();
	}

	private static Document read(String json) {
		return read(json, Map.of());
	}

	private static Document read(String json, Map<String, Image> images) {
		return AptDocuments.read(AptDocuments.version(json), images);
	}

	private static Document read(VersionSnapshot version) {
		return AptDocuments.read(version);
	}

	/** A cell's text. */
	private static final class PlainTextOf {

		static String cell(Block.Cell cell) {
			return PlainText.ofBlocks(cell.blocks());
		}

	}

}
