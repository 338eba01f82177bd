package org.pressroom.worker.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BibliographyTest {

	@Test
	void numbersReferencesInStoredOrderFindsThemByIdAndWarnsOfDuplicateIds() {
		Bibliography bibliography = Bibliography.of(AptDocuments.JSON.readTree(
				"""
						[{"id": "b", "title": "Second"}, {"id": "a b", "title": "First"}, {"id": "b", "title": "Again"}, "junk", {}]"""));

		assertThat(bibliography.references()).extracting(Reference::number, Reference::anchor)
			.containsExactly(tuple(1, "ref-b"), tuple(2, "ref-a-b"), tuple(3, "ref-b-2"), tuple(4, "ref-4"));
		assertThat(bibliography.find("b")).map(Reference::number).hasValue(1);
		assertThat(bibliography.find("a b")).map(Reference::number).hasValue(2);
		assertThat(bibliography.find("missing")).isEmpty();
		assertThat(bibliography.find(" ")).isEmpty();
		assertThat(bibliography.warnings())
			.containsExactly("References: entries 1 and 3 share the id \"b\"; citations of it link to entry 1");
	}

	@Test
	void formatsAReferenceAuthorDateStyle() {
		Bibliography bibliography = Bibliography.of(AptDocuments.JSON.readTree("""
				[{"id": "1", "authors": "Aber, J D", "title": "Foliage-height profiles", "series": "Ecology",
				  "volume": "60", "issue": "1", "pages": "18--23", "year": "1979", "publisher": "JSTOR",
				  "doi": "doi:10.2307/1936474", "online_resource": "www.jstor.org/stable/1936474",
				  "other_reference_details": "Reprinted."}]"""));

		assertThat(bibliography.references().get(0).content()).containsExactly(plain("Aber, J D (1979). "),
				plain("Foliage-height profiles. "), new Inline.Text("Ecology", Marks.ITALIC),
				plain(", 60(1), 18\u201323. "), plain("JSTOR. "),
				new Inline.Link("https://doi.org/10.2307/1936474", false, List.of(plain("doi:doi:10.2307/1936474"))),
				plain(". "), new Inline.Link("https://www.jstor.org/stable/1936474", false,
						List.of(plain("www.jstor.org/stable/1936474"))),
				plain(". "), plain("Reprinted."));
	}

	private static Inline.Text plain(String text) {
		return new Inline.Text(text, Marks.NONE);
	}

}
