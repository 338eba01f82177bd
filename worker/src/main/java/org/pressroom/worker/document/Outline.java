package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.document.Contact;
import org.pressroom.worker.document.DocumentReader.Kind;

import tools.jackson.databind.JsonNode;

/**
 * Collects the sections {@link DocumentReader} names, in order, each only when it shows
 * something; a pending group heading goes in above its first shown subsection.
 */
final class Outline {

	/**
	 * The anchors of every section there can be, reserved before any heading of the rich
	 * text asks for one, so that a section's anchor is the same whatever the document
	 * holds.
	 */
	static final List<String> FIXED_ANCHORS = List.of("abstract", "plain-summary", "key-points", "version-description",
			"introduction", "historical-perspective", "additional-information", "algorithm-description",
			"scientific-theory", "scientific-theory-assumptions", "mathematical-theory",
			"mathematical-theory-assumptions", "algorithm-input-variables", "algorithm-output-variables",
			"algorithm-usage-constraints", "performance-assessment-validation",
			"performance-assessment-validation-methods", "performance-assessment-validation-uncertainties",
			"performance-assessment-validation-errors", "algorithm-implementations", "data-access",
			"data-access-input-data", "data-access-output-data", "data-access-related-urls", "data-availability",
			"journal-discussion", "journal-acknowledgements", "contacts", "references", "citation");

	private final Reading reading;

	private final JsonNode document;

	private final SlateBlocks richText;

	private final FieldSections fields;

	private final List<Section> shown = new ArrayList<>();

	private Section pendingGroup;

	Outline(Reading reading, JsonNode document) {
		this.reading = reading;
		this.document = document;
		this.richText = new SlateBlocks(reading);
		this.fields = new FieldSections(reading, this.richText);
	}

	/** An unnumbered section of the front matter. */
	void front(String key, String title, Kind kind) {
		List<Block> blocks = read(key, title, 1, kind);
		if (!blocks.isEmpty()) {
			this.shown.add(new Section(anchor(key), title, 1, false, blocks));
		}
	}

	void group(String anchor, String title) {
		this.pendingGroup = new Section(anchor, title, 1, true, List.of());
	}

	void add(int level, String key, String title, Kind kind) {
		if (level == 1) {
			this.pendingGroup = null;
		}
		section(anchor(key), title, level, read(key, title, level, kind));
	}

	void contacts(List<Contact> contacts) {
		this.reading.where = "Contacts";
		section("contacts", "Contacts", 1, this.fields.contacts(contacts));
	}

	void references() {
		List<Reference> references = this.reading.bibliography.references();
		section("references", "References", 1,
				references.isEmpty() ? List.of() : List.of(new Block.References(references)));
	}

	void citation(List<Inline> citation) {
		section("citation", "How to Cite", 1, citation.isEmpty() ? List.of() : List.of(new Block.Paragraph(citation)));
	}

	List<Section> shown() {
		return List.copyOf(this.shown);
	}

	private void section(String anchor, String title, int level, List<Block> blocks) {
		if (blocks.isEmpty()) {
			return;
		}
		if (this.pendingGroup != null) {
			this.shown.add(this.pendingGroup);
			this.pendingGroup = null;
		}
		this.shown.add(new Section(anchor, title, level, true, blocks));
	}

	private List<Block> read(String key, String title, int level, Kind kind) {
		this.reading.where = title;
		JsonNode value = this.document.path(key);
		return switch (kind) {
			case RICH_TEXT -> value.isObject() ? this.richText.children(value, level, 0) : List.of();
			case KEY_POINTS -> this.fields.keyPoints(value, level);
			case VARIABLES -> this.fields.variables(value, Slate.string(this.document.path(key + "_caption")), level);
			case LINKS -> this.fields.links(value, level);
		};
	}

	private static String anchor(String key) {
		return key.equals("publication_references") ? "references" : key.replace('_', '-');
	}

}
