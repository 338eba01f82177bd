package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;

import tools.jackson.databind.JsonNode;

/**
 * Reads one version into the {@link Document} both writers render: the title block, then
 * APT's sections in APT's order, leaving out every section that shows nothing; a group
 * heading (Algorithm Description, Performance Assessment Validation, Data Access) appears
 * only above a shown subsection. Every rule of what APT's fields mean is decided here,
 * once.
 */
public final class DocumentReader {

	/**
	 * Lists nest at most this deep: LaTeX allows four levels of itemize and of enumerate.
	 */
	public static final int MAX_LIST_DEPTH = 4;

	private final EquationPolicy equations;

	/**
	 * @param equations decides which equations may be typeset
	 */
	public DocumentReader(EquationPolicy equations) {
		this.equations = equations;
	}

	/**
	 * @param version the version to read
	 * @param images every image the document shows, by objectKey, fetched or with the
	 * reason it could not be
	 */
	public Document read(VersionSnapshot version, Map<String, Image> images) {
		JsonNode document = version.document();
		Reading reading = new Reading(Bibliography.of(document.path("publication_references")), images, this.equations);
		if (!document.isObject()) {
			reading.warn(Warnings.notAnObject(kind(document)));
		}
		Outline sections = new Outline(reading, document);
		Outline.FIXED_ANCHORS.forEach(reading.anchors::unique);
		reading.bibliography.references().forEach((reference) -> reading.anchors.unique(reference.anchor()));
		sections.front("abstract", "Abstract", Kind.RICH_TEXT);
		sections.front("plain_summary", "Plain Language Summary", Kind.RICH_TEXT);
		sections.front("key_points", "Key Points", Kind.KEY_POINTS);
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
		sections.contacts(version.contacts());
		sections.references();
		sections.citation(CitationFormat.of(version));
		return new Document(titleBlock(version), sections.shown(), reading.warnings.all());
	}

	private static TitleBlock titleBlock(VersionSnapshot version) {
		List<String> authors = new ArrayList<>();
		for (Contact contact : version.contacts()) {
			String name = CleanText.line(contact.fullName());
			if (!name.isEmpty()) {
				authors.add(name);
			}
		}
		String doi = CleanText.line(version.doi());
		return new TitleBlock(CleanText.line(version.title()), authors, version.key().major() + "." + version.minor(),
				StatusLabel.of(CleanText.line(version.status())), doi, doi.isEmpty() ? "" : Links.doi(doi));
	}

	private static String kind(JsonNode document) {
		if (document.isArray()) {
			return "an array";
		}
		if (document.isString()) {
			return "a string";
		}
		if (document.isNumber()) {
			return "a number";
		}
		return document.isBoolean() ? "a boolean" : "null";
	}

	/** How a section's field is to be read. */
	enum Kind {

		RICH_TEXT, KEY_POINTS, VARIABLES, LINKS

	}

}
