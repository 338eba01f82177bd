package org.pressroom.worker.outline;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.document.VersionSnapshot;

import tools.jackson.databind.JsonNode;

/**
 * "How to cite" from APT's citation fields. Shown only when an author filled in at least one field; then a blank
 * title falls back to the ATBD's title, and the version's DOI is added as a link.
 */
public final class Citation {

	private static final List<String> FIELDS = List.of("creators", "editors", "title", "series_name", "release_date",
			"release_place", "publisher", "version", "issue", "additional_details", "online_resource");

	private Citation() {
	}

	/** The formatted citation, or an empty list when the citation has no field filled in. */
	public static List<Segment> of(VersionSnapshot version) {
		JsonNode citation = version.citation();
		if (FIELDS.stream().allMatch((field) -> field(citation, field).isEmpty())) {
			return List.of();
		}
		List<Segment> out = new ArrayList<>();
		String date = field(citation, "release_date");
		String creators = field(citation, "creators");
		sentence(out, creators + (date.isEmpty() ? "" : (creators.isEmpty() ? "" : " ") + "(" + date + ")"));
		String title = field(citation, "title");
		title = title.isEmpty() ? blankToEmpty(version.title()) : title;
		String number = field(citation, "version");
		sentence(out, title + (number.isEmpty() ? "" : ", version " + number));
		String series = field(citation, "series_name");
		if (!series.isEmpty()) {
			out.add(Segment.italic(series));
			String issue = field(citation, "issue");
			out.add(Segment.plain(issue.isEmpty() ? ". " : ", " + issue + ". "));
		}
		String editors = field(citation, "editors");
		sentence(out, editors.isEmpty() ? "" : "Edited by " + editors);
		String place = field(citation, "release_place");
		String publisher = field(citation, "publisher");
		sentence(out, place + (place.isEmpty() || publisher.isEmpty() ? "" : ": ") + publisher);
		sentence(out, field(citation, "additional_details"));
		String online = field(citation, "online_resource");
		if (!online.isEmpty()) {
			out.add(Links.href(online).map((url) -> Segment.link(online, url)).orElse(Segment.plain(online)));
			out.add(Segment.plain(". "));
		}
		String doi = blankToEmpty(version.doi());
		if (!doi.isEmpty()) {
			out.add(Segment.link("doi:" + doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", ""),
					Links.doi(doi)));
		}
		return ReferenceFormat.trimLast(out);
	}

	private static void sentence(List<Segment> out, String text) {
		if (!text.isEmpty()) {
			out.add(Segment.plain(text + (text.endsWith(".") ? " " : ". ")));
		}
	}

	private static String field(JsonNode citation, String key) {
		return Slate.string(citation.path(key)).strip().replaceAll("\\s+", " ");
	}

	private static String blankToEmpty(String value) {
		return (value == null) ? "" : value.strip();
	}

}
