package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pressroom.core.document.Contact;

import tools.jackson.databind.JsonNode;

/**
 * The sections APT keeps as fields rather than rich text, as blocks: key points (one
 * point a line, with or without a bullet), variables (a table of name, long name and
 * unit), links (URL and description) and contacts.
 */
final class FieldSections {

	private final Reading reading;

	private final SlateBlocks richText;

	FieldSections(Reading reading, SlateBlocks richText) {
		this.reading = reading;
		this.richText = richText;
	}

	/**
	 * APT's key points: a string of lines (or rich text). A line that is only a bullet is
	 * no point.
	 */
	List<Block> keyPoints(JsonNode value, int level) {
		if (!value.isString()) {
			return value.isObject() ? this.richText.children(value, level, 0) : List.of();
		}
		List<Block> points = CleanText.of(value.stringValue())
			.lines()
			.map((line) -> line.strip().replaceFirst("^[-*\u2022\u00b7]+\\s*", "").strip())
			.filter((line) -> !line.isEmpty())
			.map((line) -> (Block) paragraph(line))
			.toList();
		if (points.size() <= 1) {
			return points;
		}
		return List.of(new Block.ItemList(false,
				points.stream().map((point) -> new Block.Item(null, List.of(point))).toList()));
	}

	/**
	 * A table of the variables that have a name, long name or unit, with the section's
	 * caption.
	 */
	List<Block> variables(JsonNode value, String caption, int level) {
		List<Block.Row> rows = new ArrayList<>();
		for (JsonNode variable : value.isArray() ? value : List.<JsonNode>of()) {
			List<Block.Cell> cells = new ArrayList<>();
			for (String key : List.of("name", "long_name", "unit")) {
				cells.add(new Block.Cell(field(variable.path(key), level, 0)));
			}
			if (cells.stream().anyMatch((cell) -> !cell.blocks().isEmpty())) {
				rows.add(new Block.Row(cells));
			}
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		Block.Row header = new Block.Row(List.of("Name", "Long name", "Unit")
			.stream()
			.map((title) -> new Block.Cell(List.of(paragraph(title))))
			.toList());
		String shown = CleanText.line(caption);
		Block.Caption tableCaption = shown.isEmpty() ? null
				: new Block.Caption(List.of(new Inline.Text(shown, Marks.NONE)), shown);
		return List.of(new Block.Table(header, rows, tableCaption));
	}

	/** A list of links, each its URL and below it its description. */
	List<Block> links(JsonNode value, int level) {
		List<Block.Item> items = new ArrayList<>();
		for (JsonNode entry : value.isArray() ? value : List.<JsonNode>of()) {
			List<Block> blocks = new ArrayList<>();
			String url = CleanText.line(Slate.string(entry.path("url")));
			if (!url.isEmpty()) {
				blocks.add(new Block.Paragraph(List.of(url(url))));
			}
			blocks.addAll(field(entry.path("description"), level, 1));
			if (!blocks.isEmpty()) {
				items.add(new Block.Item(null, blocks));
			}
		}
		return items.isEmpty() ? List.of() : List.of(new Block.ItemList(false, items));
	}

	/**
	 * One paragraph per contact: the name in bold, then roles, affiliations, contact
	 * mechanisms and URL.
	 */
	List<Block> contacts(List<Contact> contacts) {
		List<Block> out = new ArrayList<>();
		for (Contact contact : contacts) {
			List<Inline> lines = new ArrayList<>();
			String name = CleanText.line(contact.fullName());
			if (!name.isEmpty()) {
				lines.add(new Inline.Text(name, Marks.BOLD));
			}
			line(lines, "Roles: ", String.join(", ", contact.roles()));
			line(lines, "Affiliations: ", String.join(", ", contact.affiliations()));
			for (Contact.Mechanism mechanism : contact.mechanisms()) {
				String type = CleanText.line(mechanism.type());
				String value = CleanText.line(mechanism.value());
				Optional<String> mail = "Email".equalsIgnoreCase(type) && value.contains("@")
						? Links.href("mailto:" + value) : Optional.empty();
				line(lines, type + ": ", mail.isPresent() ? null : value);
				mail.ifPresent((href) -> lines.add(new Inline.Link(href, false, List.of(text(value)))));
			}
			String url = CleanText.line(contact.url());
			if (!url.isEmpty()) {
				line(lines, "URL: ", null);
				lines.add(url(url));
			}
			SlateBlocks.paragraph(lines, out);
		}
		return out;
	}

	/** A line break unless first, the label and the value; nothing for a blank value. */
	private static void line(List<Inline> lines, String label, String value) {
		String shown = (value != null) ? CleanText.line(value) : null;
		if (shown != null && shown.isEmpty()) {
			return;
		}
		if (!lines.isEmpty()) {
			lines.add(Inline.LineBreak.INSTANCE);
		}
		lines.add(text((shown != null) ? label + shown : label));
	}

	/** A URL as a link, or as text with a warning when it may not be one. */
	private Inline url(String url) {
		Optional<String> href = Links.href(url);
		if (href.isPresent()) {
			return new Inline.Link(href.get(), false, List.of(text(url)));
		}
		this.reading.warn((url.length() > Links.MAX_LENGTH) ? Warnings.longUrl(this.reading.where, url.length())
				: Warnings.unlinkedUrl(this.reading.where, url));
		return text(url);
	}

	/** A field that is a string (a paragraph) or rich text (its blocks). */
	private List<Block> field(JsonNode value, int level, int listDepth) {
		if (value.isObject()) {
			return this.richText.children(value, level, listDepth);
		}
		String text = CleanText.line(Slate.string(value));
		return text.isEmpty() ? List.of() : List.of(paragraph(text));
	}

	private static Block.Paragraph paragraph(String text) {
		return new Block.Paragraph(List.of(text(text)));
	}

	private static Inline.Text text(String text) {
		return new Inline.Text(text, Marks.NONE);
	}

}
