package org.pressroom.worker.outline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Formats one APT reference author–date style: "Authors (Year). Title. <i>Series</i>, Volume(Issue), Pages.
 * Edition edition. Place: Publisher. ISBN …. Report …. doi:…. Online resource. Other details."
 */
final class ReferenceFormat {

	private ReferenceFormat() {
	}

	static List<Segment> format(JsonNode entry) {
		List<Segment> out = new ArrayList<>();
		String authors = field(entry, "authors");
		String year = field(entry, "year");
		sentence(out, authors + (year.isEmpty() ? "" : (authors.isEmpty() ? "" : " ") + "(" + year + ")"));
		sentence(out, field(entry, "title"));
		String series = field(entry, "series");
		String volume = field(entry, "volume");
		String issue = field(entry, "issue");
		String pages = field(entry, "pages").replace("--", "\u2013");
		String numbers = volume + (issue.isEmpty() ? "" : "(" + issue + ")");
		String tail = String.join(", ", nonEmpty(numbers, pages));
		if (!series.isEmpty()) {
			out.add(Segment.italic(series));
			out.add(Segment.plain(tail.isEmpty() ? ". " : ", " + tail + ". "));
		}
		else {
			sentence(out, tail);
		}
		String edition = field(entry, "edition");
		sentence(out, edition.isEmpty() ? "" : edition + " edition");
		sentence(out, String.join(": ", nonEmpty(field(entry, "publication_place"), field(entry, "publisher"))));
		String isbn = field(entry, "isbn");
		sentence(out, isbn.isEmpty() ? "" : "ISBN " + isbn);
		String report = field(entry, "report_number");
		sentence(out, report.isEmpty() ? "" : "Report " + report);
		String doi = field(entry, "doi");
		if (!doi.isEmpty()) {
			link(out, "doi:" + doi, Links.doi(doi));
		}
		String online = field(entry, "online_resource");
		if (!online.isEmpty()) {
			link(out, online, Links.href(online).orElse(null));
		}
		sentence(out, field(entry, "other_reference_details"));
		if (out.isEmpty()) {
			out.add(Segment.plain("(empty reference)"));
		}
		return trimLast(out);
	}

	private static void sentence(List<Segment> out, String text) {
		if (!text.isEmpty()) {
			out.add(Segment.plain(text + (text.endsWith(".") ? " " : ". ")));
		}
	}

	private static void link(List<Segment> out, String text, String url) {
		out.add((url == null) ? Segment.plain(text) : Segment.link(text, url));
		out.add(Segment.plain(". "));
	}

	private static List<String> nonEmpty(String... parts) {
		return Arrays.stream(parts).filter((part) -> !part.isEmpty()).toList();
	}

	/** The segments without the space after the last sentence. */
	static List<Segment> trimLast(List<Segment> out) {
		if (out.isEmpty()) {
			return List.of();
		}
		Segment last = out.get(out.size() - 1);
		if (last.url() == null && !last.italic()) {
			out.set(out.size() - 1, Segment.plain(last.text().stripTrailing()));
		}
		return List.copyOf(out);
	}

	private static String field(JsonNode entry, String key) {
		return Slate.string(entry.path(key)).strip().replaceAll("\\s+", " ");
	}

}
