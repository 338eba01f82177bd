package org.pressroom.worker.outline;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.Section.Kind;

import tools.jackson.databind.JsonNode;

/**
 * The sections of one version in APT's order, leaving out every section with nothing to show; a group heading
 * (Algorithm Description, Performance Assessment Validation, Data Access) appears only above a shown subsection.
 */
public final class Outline {

	private Outline() {
	}

	public static List<Section> of(VersionSnapshot version) {
		JsonNode doc = version.document();
		Builder sections = new Builder(doc);
		sections.front("abstract", "Abstract", Kind.RICH_TEXT);
		sections.front("plain_summary", "Plain Language Summary", Kind.RICH_TEXT);
		sections.front("key_points", "Key Points", Kind.PLAIN_TEXT);
		sections.add(1, "version_description", "Version Description", Kind.RICH_TEXT);
		sections.add(1, "introduction", "Introduction", Kind.RICH_TEXT);
		sections.add(1, "historical_perspective", "Historical Perspective", Kind.RICH_TEXT);
		sections.add(1, "additional_information", "Additional Information", Kind.RICH_TEXT);
		sections.group("algorithm-description", "Algorithm Description");
		sections.add(2, "scientific_theory", "Scientific Theory", Kind.RICH_TEXT);
		sections.add(3, "scientific_theory_assumptions", "Scientific Theory Assumptions", Kind.RICH_TEXT);
		sections.add(2, "mathematical_theory", "Mathematical Theory", Kind.RICH_TEXT);
		sections.add(3, "mathematical_theory_assumptions", "Mathematical Theory Assumptions", Kind.RICH_TEXT);
		sections.add(2, "algorithm_input_variables", "Input Variables", Kind.VARIABLES);
		sections.add(2, "algorithm_output_variables", "Output Variables", Kind.VARIABLES);
		sections.add(1, "algorithm_usage_constraints", "Algorithm Usage Constraints", Kind.RICH_TEXT);
		sections.group("performance-assessment-validation", "Performance Assessment Validation");
		sections.add(2, "performance_assessment_validation_methods", "Methods", Kind.RICH_TEXT);
		sections.add(2, "performance_assessment_validation_uncertainties", "Uncertainties", Kind.RICH_TEXT);
		sections.add(2, "performance_assessment_validation_errors", "Errors", Kind.RICH_TEXT);
		sections.add(1, "algorithm_implementations", "Algorithm Implementations", Kind.LINKS);
		sections.group("data-access", "Data Access");
		sections.add(2, "data_access_input_data", "Input Data", Kind.LINKS);
		sections.add(2, "data_access_output_data", "Output Data", Kind.LINKS);
		sections.add(2, "data_access_related_urls", "Related URLs", Kind.LINKS);
		sections.add(1, "data_availability", "Data Availability", Kind.RICH_TEXT);
		sections.add(1, "journal_discussion", "Discussion", Kind.RICH_TEXT);
		sections.add(1, "journal_acknowledgements", "Acknowledgements", Kind.RICH_TEXT);
		if (!version.contacts().isEmpty()) {
			sections.shown.add(new Section("contacts", "Contacts", 1, true, Kind.CONTACTS, null, null));
		}
		sections.add(1, "publication_references", "References", Kind.REFERENCES);
		if (!Citation.of(version).isEmpty()) {
			sections.shown.add(new Section("citation", "How to Cite", 1, true, Kind.CITATION, null, null));
		}
		return List.copyOf(sections.shown);
	}

	/** True when a section of this kind would show something for this value. */
	static boolean hasContent(Kind kind, JsonNode value) {
		return switch (kind) {
			case RICH_TEXT -> value.isObject() && !Slate.isBlank(value);
			case PLAIN_TEXT -> value.isString() ? !value.stringValue().isBlank() : !Slate.isBlank(value);
			case VARIABLES -> any(value, "name", "long_name", "unit");
			case LINKS -> any(value, "url", "description");
			case REFERENCES -> value.isArray() && value.values().stream().anyMatch(JsonNode::isObject);
			default -> false;
		};
	}

	private static boolean any(JsonNode list, String... keys) {
		for (JsonNode item : list.isArray() ? list : List.<JsonNode>of()) {
			for (String key : keys) {
				if (!Slate.isBlank(item.path(key))) {
					return true;
				}
			}
		}
		return false;
	}

	private static final class Builder {

		private final JsonNode document;

		private final List<Section> shown = new ArrayList<>();

		private Section pendingGroup;

		Builder(JsonNode document) {
			this.document = document;
		}

		void front(String key, String title, Kind kind) {
			JsonNode value = this.document.path(key);
			if (hasContent(kind, value)) {
				this.shown.add(new Section(anchor(key), title, 1, false, kind, value, null));
			}
		}

		void group(String anchor, String title) {
			this.pendingGroup = new Section(anchor, title, 1, true, Kind.GROUP, null, null);
		}

		void add(int level, String key, String title, Kind kind) {
			if (level == 1) {
				this.pendingGroup = null;
			}
			JsonNode value = this.document.path(key);
			if (!hasContent(kind, value)) {
				return;
			}
			if (this.pendingGroup != null) {
				this.shown.add(this.pendingGroup);
				this.pendingGroup = null;
			}
			String caption = Slate.string(this.document.path(key + "_caption")).strip();
			this.shown.add(
					new Section(anchor(key), title, level, true, kind, value, caption.isEmpty() ? null : caption));
		}

		private static String anchor(String key) {
			return key.equals("publication_references") ? "references" : key.replace('_', '-');
		}

	}

}
