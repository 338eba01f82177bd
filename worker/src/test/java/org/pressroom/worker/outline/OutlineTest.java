package org.pressroom.worker.outline;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OutlineTest {

	@Test
	void listsTheFixtureSectionsInAptOrder() {
		assertThat(Outline.of(AptDocuments.fixtureVersion())).extracting(Section::anchor).containsExactly(
				"algorithm-description", "scientific-theory", "mathematical-theory", "mathematical-theory-assumptions",
				"algorithm-output-variables", "performance-assessment-validation",
				"performance-assessment-validation-methods", "algorithm-implementations", "data-access",
				"data-access-output-data", "journal-acknowledgements", "contacts", "references", "citation");
	}

	@Test
	void showsAGroupHeadingOnlyAboveAShownSubsection() {
		VersionSnapshot version = AptDocuments.version("""
				{"scientific_theory": {"children": [{"type": "p", "children": [{"text": " "}]}]},
				 "performance_assessment_validation_errors": {"children": [{"type": "equation", "children": [{"text": "x"}]}]}}""");

		assertThat(Outline.of(version)).extracting(Section::title, Section::level)
			.containsExactly(tuple("Performance Assessment Validation", 1),
					tuple("Errors", 2));
	}

	@Test
	void takesTheVariablesCaption() {
		VersionSnapshot version = AptDocuments.version("""
				{"algorithm_output_variables": [{"name": {"children": [{"type": "p", "children": [{"text": "x"}]}]}}],
				 "algorithm_output_variables_caption": " Outputs "}""");

		assertThat(Outline.of(version)).last().satisfies((section) -> {
			assertThat(section.kind()).isEqualTo(Section.Kind.VARIABLES);
			assertThat(section.caption()).isEqualTo("Outputs");
		});
	}

	@Test
	void leavesEverythingOutOfAnEmptyVersion() {
		assertThat(Outline.of(AptDocuments.version("{}"))).isEmpty();
		assertThat(Outline.of(AptDocuments.version("""
				{"abstract": null, "introduction": {}, "key_points": "", "algorithm_input_variables": [{}],
				 "data_access_related_urls": [{"url": " ", "description": null}], "publication_references": null}""")))
			.isEmpty();
	}

	@Test
	void showsContactsAndACitationWithAnyFieldFilledIn() {
		VersionSnapshot version = new VersionSnapshot(new VersionKey(1, 1), 0, "Title", "a", "DRAFT", null,
				AptDocuments.JSON.readTree("{\"creators\": \"Doe, J.\", \"title\": \"\"}"), null, Instant.EPOCH,
				List.of(new Contact(1, "Jo", null, "Doe", null, List.of(), List.of(), List.of())), 0);

		assertThat(Outline.of(version)).extracting(Section::kind).containsExactly(Section.Kind.CONTACTS,
				Section.Kind.CITATION);
		assertThat(Citation.of(version)).extracting(Segment::text).containsExactly("Doe, J. ", "Title.");
	}

	@Test
	void formatsStatusLabels() {
		assertThat(StatusLabel.of("CLOSED_REVIEW_REQUESTED")).isEqualTo("Closed Review Requested");
		assertThat(StatusLabel.of("Draft")).isEqualTo("Draft");
		assertThat(StatusLabel.of(null)).isEmpty();
	}

}
