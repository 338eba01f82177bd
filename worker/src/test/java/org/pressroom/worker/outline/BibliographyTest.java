package org.pressroom.worker.outline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BibliographyTest {

	@Test
	void numbersReferencesInStoredOrderFindsThemByIdAndWarnsOfDuplicateIds() {
		Bibliography bibliography = Bibliography.of(AptDocuments.JSON.readTree("""
				[{"id": "b", "title": "Second"}, {"id": "a b", "title": "First"}, {"id": "b", "title": "Again"}, "junk", {}]"""));

		assertThat(bibliography.references()).extracting(Reference::number, Reference::anchor)
			.containsExactly(tuple(1, "ref-b"), tuple(2, "ref-a-b"),
					tuple(3, "ref-b-2"), tuple(4, "ref-4"));
		assertThat(bibliography.find("b")).map(Reference::number).hasValue(1);
		assertThat(bibliography.find("a b")).map(Reference::number).hasValue(2);
		assertThat(bibliography.find("missing")).isEmpty();
		assertThat(bibliography.find(" ")).isEmpty();
		assertThat(bibliography.warnings()).containsExactly(
				"References: entries 1 and 3 share the id \"b\"; citations of it link to entry 1");
	}

	@Test
	void formatsAReferenceAuthorDateStyle() {
		Bibliography bibliography = Bibliography.of(AptDocuments.JSON.readTree("""
				[{"id": "1", "authors": "Aber, J D", "title": "Foliage-height profiles", "series": "Ecology",
				  "volume": "60", "issue": "1", "pages": "18--23", "year": "1979", "publisher": "JSTOR",
				  "doi": "doi:10.2307/1936474", "online_resource": "www.jstor.org/stable/1936474",
				  "other_reference_details": "Reprinted."}]"""));

		assertThat(bibliography.references().get(0).segments()).containsExactly(
				new Segment("Aber, J D (1979). ", false, null), new Segment("Foliage-height profiles. ", false, null),
				new Segment("Ecology", true, null), new Segment(", 60(1), 18\u201323. ", false, null),
				new Segment("JSTOR. ", false, null),
				new Segment("doi:doi:10.2307/1936474", false, "https://doi.org/10.2307/1936474"),
				new Segment(". ", false, null),
				new Segment("www.jstor.org/stable/1936474", false, "https://www.jstor.org/stable/1936474"),
				new Segment(". ", false, null), new Segment("Reprinted.", false, null));
	}

}
