package org.pressroom.worker.html;

import java.util.List;

import org.jsoup.nodes.Element;
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
 * The body of each section as HTML: rich text through {@link RichTextHtml}, and the structured sections (key
 * points, variables, links, contacts, references, citation) from their fields, as in the PDF.
 */
final class HtmlSections {

	private final HtmlRendering rendering;

	private final RichTextHtml richText;

	private final VersionSnapshot version;

	HtmlSections(HtmlRendering rendering, VersionSnapshot version) {
		this.rendering = rendering;
		this.richText = new RichTextHtml(rendering);
		this.version = version;
	}

	void body(Section section, Element parent) {
		switch (section.kind()) {
			case GROUP -> {
			}
			case RICH_TEXT -> this.richText.blocks(section.content(), parent, section.title(), section.level());
			case PLAIN_TEXT -> keyPoints(section, parent);
			case VARIABLES -> variables(section, parent);
			case LINKS -> links(section, parent);
			case CONTACTS -> contacts(parent);
			case REFERENCES -> references(parent);
			case CITATION -> segments(Citation.of(this.version), parent.appendElement("p"));
		}
	}

	private void keyPoints(Section section, Element parent) {
		JsonNode content = section.content();
		if (!content.isString()) {
			this.richText.blocks(content, parent, section.title(), section.level());
			return;
		}
		List<String> points = content.stringValue().lines()
			.map((line) -> line.strip().replaceFirst("^[-*\u2022\u00b7]\\s*", "").strip())
			.filter((line) -> !line.isEmpty())
			.toList();
		if (points.size() == 1) {
			parent.appendElement("p").text(points.get(0));
			return;
		}
		Element list = parent.appendElement("ul");
		points.forEach((point) -> list.appendElement("li").text(point));
	}

	private void variables(Section section, Element parent) {
		Element figure = parent.appendElement("figure").addClass("table");
		Element table = figure.appendElement("table");
		Element head = table.appendElement("thead").appendElement("tr");
		List.of("Name", "Long name", "Unit").forEach((title) -> head.appendElement("th").text(title));
		Element body = table.appendElement("tbody");
		for (JsonNode variable : section.content()) {
			Element row = body.appendElement("tr");
			for (String key : List.of("name", "long_name", "unit")) {
				JsonNode cell = variable.path(key);
				Element td = row.appendElement("td");
				if (cell.isString()) {
					td.text(cell.stringValue());
				}
				else {
					this.richText.blocks(cell, td, section.title(), section.level());
				}
			}
		}
		if (section.caption() != null) {
			figure.appendElement("figcaption").text(section.caption());
		}
	}

	private void links(Section section, Element parent) {
		Element list = parent.appendElement("ul").addClass("links");
		for (JsonNode item : section.content()) {
			String url = Slate.string(item.path("url")).strip();
			JsonNode description = item.path("description");
			if (url.isEmpty() && Slate.isBlank(description)) {
				continue;
			}
			Element li = list.appendElement("li");
			if (!url.isEmpty()) {
				link(url, li, section.title());
			}
			if (description.isObject() && !Slate.isBlank(description)) {
				this.richText.blocks(description, li, section.title(), section.level());
			}
			else if (!Slate.string(description).isBlank()) {
				if (!url.isEmpty()) {
					li.appendElement("br");
				}
				li.appendText(Slate.string(description).strip());
			}
		}
	}

	private void link(String url, Element parent, String where) {
		Links.href(url).ifPresentOrElse((href) -> parent.appendElement("a").attr("href", href).text(url), () -> {
			this.rendering.warn(Warnings.unlinkedUrl(where, url));
			parent.appendText(url);
		});
	}

	private void contacts(Element parent) {
		for (Contact contact : this.version.contacts()) {
			Element block = parent.appendElement("div").addClass("contact");
			block.appendElement("strong").text(contact.fullName());
			if (!contact.roles().isEmpty()) {
				block.appendElement("br").after("Roles: " + String.join(", ", contact.roles()));
			}
			if (!contact.affiliations().isEmpty()) {
				block.appendElement("br").after("Affiliations: " + String.join(", ", contact.affiliations()));
			}
			for (Contact.Mechanism mechanism : contact.mechanisms()) {
				String value = (mechanism.value() != null) ? mechanism.value().strip() : "";
				block.appendElement("br");
				block.appendText(mechanism.type() + ": ");
				if ("Email".equalsIgnoreCase(mechanism.type()) && value.contains("@")) {
					block.appendElement("a").attr("href", "mailto:" + value).text(value);
				}
				else {
					block.appendText(value);
				}
			}
			if (contact.url() != null && !contact.url().isBlank()) {
				block.appendElement("br");
				block.appendText("URL: ");
				link(contact.url().strip(), block, "Contacts");
			}
		}
	}

	private void references(Element parent) {
		Element list = parent.appendElement("ol").addClass("references");
		for (Reference reference : this.rendering.bibliography.references()) {
			Element item = list.appendElement("li").id(reference.anchor());
			item.appendElement("span").addClass("label").text("[" + reference.number() + "] ");
			segments(reference.segments(), item);
		}
	}

	private static void segments(List<Segment> segments, Element parent) {
		for (Segment segment : segments) {
			if (segment.url() != null) {
				parent.appendElement("a").attr("href", segment.url()).text(segment.text());
			}
			else if (segment.italic()) {
				parent.appendElement("em").text(segment.text());
			}
			else {
				parent.appendText(segment.text());
			}
		}
	}

}
