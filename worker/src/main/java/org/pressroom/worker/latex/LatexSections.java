package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.Citation;
import org.pressroom.worker.outline.Links;
import org.pressroom.worker.outline.Reference;
import org.pressroom.worker.outline.Section;
import org.pressroom.worker.outline.Segment;
import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;

/**
 * The body of each section as LaTeX: rich text through {@link RichTextLatex}, and the structured sections (key
 * points, variables, links, contacts, references, citation) from their fields.
 */
final class LatexSections {

	private final LatexRendering rendering;

	private final LatexText text;

	private final RichTextLatex richText;

	private final VersionSnapshot version;

	LatexSections(LatexRendering rendering, VersionSnapshot version) {
		this.rendering = rendering;
		this.text = rendering.text;
		this.richText = new RichTextLatex(rendering);
		this.version = version;
	}

	String body(Section section) {
		Place place = Place.section(section.title(), section.level());
		return switch (section.kind()) {
			case GROUP -> "";
			case RICH_TEXT -> this.richText.blocks(section.content(), place);
			case PLAIN_TEXT -> keyPoints(section.content(), place);
			case VARIABLES -> variables(section, place);
			case LINKS -> links(section.content(), place);
			case CONTACTS -> contacts();
			case REFERENCES -> references();
			case CITATION -> segments(Citation.of(this.version)) + "\n";
		};
	}

	private String keyPoints(JsonNode content, Place place) {
		if (!content.isString()) {
			return this.richText.blocks(content, place);
		}
		List<String> points = content.stringValue().lines()
			.map((line) -> line.strip().replaceFirst("^[-*\u2022\u00b7]\\s*", "").strip())
			.filter((line) -> !line.isEmpty())
			.toList();
		if (points.size() <= 1) {
			return points.isEmpty() ? "" : this.text.escape(points.get(0)) + "\n";
		}
		StringBuilder out = new StringBuilder("\\begin{itemize}\n");
		points.forEach((point) -> out.append("\\item{} ").append(this.text.escape(point)).append('\n'));
		return out.append("\\end{itemize}\n").toString();
	}

	private String variables(Section section, Place place) {
		List<String> header = List.of("\\textbf{Name}", "\\textbf{Long name}", "\\textbf{Unit}");
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode variable : section.content()) {
			List<String> cells = new ArrayList<>();
			for (String key : List.of("name", "long_name", "unit")) {
				JsonNode cell = variable.path(key);
				cells.add(cell.isString() ? this.text.escape(cell.stringValue())
						: this.richText.blocks(cell, place.inCell()));
			}
			rows.add(cells);
		}
		LatexTables.Caption caption = (section.caption() != null)
				? new LatexTables.Caption(this.text.escape(section.caption()), this.text.escape(section.caption()))
				: null;
		return LatexTables.table(header, rows, caption, false);
	}

	private String links(JsonNode content, Place place) {
		StringBuilder out = new StringBuilder();
		for (JsonNode item : content) {
			String url = Slate.string(item.path("url")).strip();
			JsonNode description = item.path("description");
			String shown = description.isObject() ? this.richText.blocks(description, place.inList()).strip()
					: this.text.escape(Slate.string(description).strip());
			if (url.isEmpty() && shown.isEmpty()) {
				continue;
			}
			out.append("\\item{} ").append(url(url, place));
			out.append((!url.isEmpty() && !shown.isEmpty()) ? "\\newline{}\n" : "").append(shown).append('\n');
		}
		// An itemize without items is a LaTeX error.
		return out.isEmpty() ? "" : "\\begin{itemize}\n" + out + "\\end{itemize}\n";
	}

	private String url(String url, Place place) {
		if (url.isEmpty()) {
			return "";
		}
		String shown = LatexUrl.text(this.text, url);
		return Links.href(url).map((href) -> "\\href{" + LatexUrl.href(href) + "}{" + shown + "}").orElseGet(() -> {
			this.rendering.warn(Warnings.unlinkedUrl(place.where(), url));
			return shown;
		});
	}

	private String contacts() {
		StringBuilder out = new StringBuilder();
		for (Contact contact : this.version.contacts()) {
			List<String> lines = new ArrayList<>();
			lines.add("\\textbf{" + this.text.escape(contact.fullName()) + "}");
			if (!contact.roles().isEmpty()) {
				lines.add("Roles: " + this.text.escape(String.join(", ", contact.roles())));
			}
			if (!contact.affiliations().isEmpty()) {
				lines.add("Affiliations: " + this.text.escape(String.join(", ", contact.affiliations())));
			}
			for (Contact.Mechanism mechanism : contact.mechanisms()) {
				String value = (mechanism.value() != null) ? mechanism.value().strip() : "";
				boolean email = "Email".equalsIgnoreCase(mechanism.type()) && value.contains("@");
				lines.add(this.text.escape(mechanism.type()) + ": " + (email
						? "\\href{" + LatexUrl.href("mailto:" + value) + "}{" + this.text.escape(value) + "}"
						: this.text.escape(value)));
			}
			if (contact.url() != null && !contact.url().isBlank()) {
				lines.add("URL: " + url(contact.url().strip(), Place.section("Contacts", 1)));
			}
			out.append(String.join("\\newline{}\n", lines)).append("\n\n");
		}
		return out.toString();
	}

	private String references() {
		if (this.rendering.bibliography.references().isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("\\begin{references}\n");
		for (Reference reference : this.rendering.bibliography.references()) {
			out.append("\\item[\\hypertarget{").append(reference.anchor()).append("}{}{[}").append(reference.number())
				.append("{]}] ").append(segments(reference.segments())).append('\n');
		}
		return out.append("\\end{references}\n").toString();
	}

	private String segments(List<Segment> segments) {
		StringBuilder out = new StringBuilder();
		for (Segment segment : segments) {
			if (segment.url() != null) {
				out.append("\\href{").append(LatexUrl.href(segment.url())).append("}{")
					.append(LatexUrl.text(this.text, segment.text())).append('}');
			}
			else if (segment.italic()) {
				out.append("\\textit{").append(this.text.escape(segment.text())).append('}');
			}
			else {
				out.append(this.text.escape(segment.text()));
			}
		}
		return out.toString();
	}

}
