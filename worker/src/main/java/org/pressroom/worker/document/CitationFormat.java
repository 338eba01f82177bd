package org.pressroom.worker.document;

import java.util.List;

import org.pressroom.core.document.VersionSnapshot;

import tools.jackson.databind.JsonNode;

import static org.pressroom.worker.document.Sentences.field;

/**
 * "How to cite" from APT's citation fields. Shown only when an author filled in at least
 * one field; then a blank title falls back to the ATBD's title, and the version's DOI is
 * added as a link.
 */
final class CitationFormat {

	private static final List<String> FIELDS = List.of("creators", "editors", "title", "series_name", "release_date",
			"release_place", "publisher", "version", "issue", "additional_details", "online_resource");

	private CitationFormat() {
	}

	/**
	 * The formatted citation, or an empty list when the citation has no field filled in.
	 */
	static List<Inline> of(VersionSnapshot version) {
		JsonNode citation = version.citation();
		if (FIELDS.stream().allMatch((key) -> field(citation, key).isEmpty())) {
			return List.of();
		}
		Sentences out = new Sentences();
		String date = field(citation, "release_date");
		String creators = field(citation, "creators");
		out.sentence(creators + (date.isEmpty() ? "" : (creators.isEmpty() ? "" : " ") + "(" + date + ")"));
		String title = field(citation, "title");
		title = title.isEmpty() ? CleanText.line(version.title()) : title;
		String number = field(citation, "version");
		out.sentence(title + (number.isEmpty() ? "" : ", version " + number));
		String series = field(citation, "series_name");
		if (!series.isEmpty()) {
			String issue = field(citation, "issue");
			out.italic(series).plain(issue.isEmpty() ? ". " : ", " + issue + ". ");
		}
		String editors = field(citation, "editors");
		out.sentence(editors.isEmpty() ? "" : "Edited by " + editors);
		String place = field(citation, "release_place");
		String publisher = field(citation, "publisher");
		out.sentence(place + (place.isEmpty() || publisher.isEmpty() ? "" : ": ") + publisher);
		out.sentence(field(citation, "additional_details"));
		String online = field(citation, "online_resource");
		if (!online.isEmpty()) {
			out.link(online, Links.href(online).orElse(null));
		}
		String doi = CleanText.line(version.doi());
		if (!doi.isEmpty()) {
			out.linkAlone("doi:" + Links.bareDoi(doi), Links.doi(doi));
		}
		return out.toList();
	}

}
