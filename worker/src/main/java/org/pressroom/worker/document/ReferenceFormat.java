package org.pressroom.worker.document;

import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.pressroom.worker.document.Sentences.field;

/**
 * Formats one APT reference author–date style: "Authors (Year). Title. <i>Series</i>,
 * Volume(Issue), Pages. Edition edition. Place: Publisher. ISBN …. Report …. doi:….
 * Online resource. Other details."
 */
final class ReferenceFormat {

	private ReferenceFormat() {
	}

	static List<Inline> format(JsonNode entry) {
		Sentences out = new Sentences();
		String authors = field(entry, "authors");
		String year = field(entry, "year");
		out.sentence(authors + (year.isEmpty() ? "" : (authors.isEmpty() ? "" : " ") + "(" + year + ")"));
		out.sentence(field(entry, "title"));
		String series = field(entry, "series");
		String volume = field(entry, "volume");
		String issue = field(entry, "issue");
		String pages = field(entry, "pages").replace("--", "\u2013");
		String numbers = volume + (issue.isEmpty() ? "" : "(" + issue + ")");
		String tail = String.join(", ", nonEmpty(numbers, pages));
		if (!series.isEmpty()) {
			out.italic(series).plain(tail.isEmpty() ? ". " : ", " + tail + ". ");
		}
		else {
			out.sentence(tail);
		}
		String edition = field(entry, "edition");
		out.sentence(edition.isEmpty() ? "" : edition + " edition");
		out.sentence(String.join(": ", nonEmpty(field(entry, "publication_place"), field(entry, "publisher"))));
		String isbn = field(entry, "isbn");
		out.sentence(isbn.isEmpty() ? "" : "ISBN " + isbn);
		String report = field(entry, "report_number");
		out.sentence(report.isEmpty() ? "" : "Report " + report);
		String doi = field(entry, "doi");
		if (!doi.isEmpty()) {
			out.link("doi:" + doi, Links.doi(doi));
		}
		String online = field(entry, "online_resource");
		if (!online.isEmpty()) {
			out.link(online, Links.href(online).orElse(null));
		}
		out.sentence(field(entry, "other_reference_details"));
		if (out.isEmpty()) {
			out.plain("(empty reference)");
		}
		return out.toList();
	}

	private static List<String> nonEmpty(String... parts) {
		return Arrays.stream(parts).filter((part) -> !part.isEmpty()).toList();
	}

}
