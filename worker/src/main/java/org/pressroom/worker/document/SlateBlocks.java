package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads Slate rich text into blocks: paragraphs, lists ({@link SlateLists}), sub-section
 * headings, display equations, figures and tables. What shows nothing (an empty
 * paragraph, a figure without image or caption, a table without cells) is left out; an
 * unknown element keeps its content and is warned about once per type.
 */
final class SlateBlocks {

	private final Reading reading;

	private final SlateInlines inlines;

	private final SlateLists lists;

	SlateBlocks(Reading reading) {
		this.reading = reading;
		this.inlines = new SlateInlines(reading);
		this.lists = new SlateLists(this);
	}

	SlateInlines inlines() {
		return this.inlines;
	}

	Reading reading() {
		return this.reading;
	}

	/**
	 * The blocks of a rich-text value (or of any element's children).
	 * @param level the level of the section they are in, for their headings
	 * @param listDepth how many lists enclose them
	 */
	List<Block> children(JsonNode element, int level, int listDepth) {
		List<Block> out = new ArrayList<>();
		for (JsonNode child : element.path("children")) {
			block(child, level, listDepth, out);
		}
		return out;
	}

	void block(JsonNode node, int level, int listDepth, List<Block> out) {
		if (!node.isObject()) {
			return;
		}
		String type = Slate.type(node);
		switch (type) {
			case "p", "caption" -> paragraph(this.inlines.children(node), out);
			case "ul", "ol" -> this.lists.list(node, level, listDepth, out);
			case "li", "td", "th" -> out.addAll(children(node, level, listDepth));
			case "sub-section" -> heading(node, level, out);
			case "equation" -> {
				String source = CleanText.of(Slate.plainText(node));
				if (!source.isBlank()) {
					out.add(new Block.DisplayMath(this.reading.equation(source)));
				}
			}
			case "image-block", "img" -> figure(node, out);
			case "table-block", "table" -> table(node, level, listDepth, out);
			case "", "a", "ref", "equation-inline" -> {
				List<Inline> content = new ArrayList<>();
				this.inlines.node(node, content);
				paragraph(content, out);
			}
			default -> {
				List<Block> content = children(node, level, listDepth);
				if (!content.isEmpty()) {
					this.reading.unknownType(type);
					out.add(new Block.UnknownBlock(type, content));
				}
			}
		}
	}

	/**
	 * A paragraph of the content without line breaks and blank text at either end;
	 * nothing if that is all.
	 */
	static void paragraph(List<Inline> content, List<Block> out) {
		List<Inline> trimmed = trim(content);
		if (!trimmed.isEmpty()) {
			out.add(new Block.Paragraph(trimmed));
		}
	}

	static List<Inline> trim(List<Inline> content) {
		int start = 0;
		int end = content.size();
		while (start < end && isBlank(content.get(start))) {
			start++;
		}
		while (end > start && isBlank(content.get(end - 1))) {
			end--;
		}
		return content.subList(start, end);
	}

	private static boolean isBlank(Inline inline) {
		return inline instanceof Inline.LineBreak || inline instanceof Inline.Text text && text.text().isBlank();
	}

	private void heading(JsonNode node, int level, List<Block> out) {
		String plain = CleanText.line(Slate.plainText(node));
		if (plain.isEmpty()) {
			return;
		}
		String id = CleanText.line(Slate.string(node.path("id")));
		String anchor = this.reading.anchors.unique(id.isEmpty() ? plain : id);
		out.add(new Block.Heading(level + 1, anchor, plain, trim(this.inlines.children(node))));
	}

	/** An image-block ([img, caption]) or a bare img. */
	private void figure(JsonNode block, List<Block> out) {
		JsonNode img = Slate.type(block).equals("img") ? block : Slate.child(block, "img");
		String objectKey = (img != null) ? CleanText.line(Slate.string(img.path("objectKey"))) : "";
		Block.Caption caption = caption(Slate.child(block, "caption"));
		if (objectKey.isEmpty() && caption == null) {
			return;
		}
		out.add(new Block.Figure(this.reading.image(objectKey), caption));
	}

	private void table(JsonNode block, int level, int listDepth, List<Block> out) {
		JsonNode table = Slate.type(block).equals("table") ? block : Slate.child(block, "table");
		List<List<Block.Cell>> rows = new ArrayList<>();
		int columns = 0;
		for (JsonNode row : (table != null) ? table.path("children") : List.<JsonNode>of()) {
			List<Block.Cell> cells = new ArrayList<>();
			for (JsonNode cell : row.isObject() ? row.path("children") : List.<JsonNode>of()) {
				if (cell.isObject()) {
					cells.add(new Block.Cell(children(cell, level, listDepth)));
				}
			}
			if (!cells.isEmpty()) {
				rows.add(cells);
				columns = Math.max(columns, cells.size());
			}
		}
		if (columns == 0) {
			return;
		}
		List<Block.Row> padded = new ArrayList<>();
		for (List<Block.Cell> cells : rows) {
			while (cells.size() < columns) {
				cells.add(new Block.Cell(List.of()));
			}
			padded.add(new Block.Row(cells));
		}
		out.add(new Block.Table(null, padded, caption(Slate.child(block, "caption"))));
	}

	/**
	 * The caption's inline content and plain text, or {@code null} when it is missing or
	 * blank.
	 */
	Block.Caption caption(JsonNode caption) {
		if (caption == null) {
			return null;
		}
		List<Inline> content = trim(this.inlines.children(caption));
		return content.isEmpty() ? null : new Block.Caption(content, CleanText.line(Slate.plainText(caption)));
	}

}
