package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;

/**
 * Walks a Slate rich-text tree and writes LaTeX for its blocks: paragraphs, lists, sub-section headings, display
 * equations, figures and tables; inline content goes to {@link LatexInline}. Unknown elements keep their text.
 */
final class RichTextLatex {

	private static final String[] SECTIONING = { "section", "section", "subsection", "subsubsection", "paragraph",
			"subparagraph" };

	private final LatexRendering rendering;

	private final LatexInline inline;

	private final LatexFigures figures;

	RichTextLatex(LatexRendering rendering) {
		this.rendering = rendering;
		this.inline = new LatexInline(rendering);
		this.figures = new LatexFigures(rendering, this.inline);
	}

	LatexInline inline() {
		return this.inline;
	}

	/** The blocks of a rich-text value (or of any element's children). */
	String blocks(JsonNode richText, Place place) {
		StringBuilder out = new StringBuilder();
		for (JsonNode child : richText.path("children")) {
			block(child, place, out);
		}
		return out.toString();
	}

	private void block(JsonNode node, Place place, StringBuilder out) {
		if (!node.isObject()) {
			return;
		}
		String type = Slate.type(node);
		switch (type) {
			case "p", "caption" -> paragraph(this.inline.children(node, place), out);
			case "ul", "ol" -> list(node, place, out);
			case "li", "td", "th" -> out.append(blocks(node, place));
			case "sub-section" -> heading(node, place, out);
			case "equation" -> equation(node, place, out);
			case "image-block", "img" -> this.figures.image(node, place, out);
			case "table-block", "table" -> table(node, place, out);
			case "", "a", "ref", "equation-inline" -> {
				StringBuilder text = new StringBuilder();
				this.inline.node(node, place, text);
				paragraph(text.toString(), out);
			}
			default -> {
				this.rendering.unknownType(type, Warnings.unknownElement(place.where(), type));
				out.append(blocks(node, place));
			}
		}
	}

	private static void paragraph(String text, StringBuilder out) {
		String trimmed = text.strip();
		// A line break at either end of a paragraph would only add an empty line.
		while (trimmed.startsWith(LatexInline.LINE_BREAK) || trimmed.endsWith(LatexInline.LINE_BREAK)) {
			trimmed = trimmed.startsWith(LatexInline.LINE_BREAK)
					? trimmed.substring(LatexInline.LINE_BREAK.length()).strip()
					: trimmed.substring(0, trimmed.length() - LatexInline.LINE_BREAK.length()).strip();
		}
		if (!trimmed.isEmpty()) {
			out.append(trimmed).append("\n\n");
		}
	}

	private void list(JsonNode node, Place place, StringBuilder out) {
		boolean ordered = Slate.type(node).equals("ol");
		List<JsonNode> items = new ArrayList<>();
		node.path("children").forEach((child) -> {
			if (child.isObject()) {
				items.add(child);
			}
		});
		if (items.isEmpty()) {
			return;
		}
		if (place.listDepth() >= Place.MAX_LIST_DEPTH) {
			// Too deep for LaTeX ("Too deeply nested"; enumitem, which lifts the limit, is not in the TeX packages
			// workers install): the items join the enclosing list, marked by hand.
			this.rendering.warn(Warnings.listTooDeep(place.where(), Place.MAX_LIST_DEPTH));
			for (int i = 0; i < items.size(); i++) {
				String body = item(items.get(i), place);
				if (!body.startsWith("\\item[")) {
					out.append("\\item[").append(ordered ? (i + 1) + "." : "--").append("] ");
				}
				out.append(body).append('\n');
			}
			return;
		}
		String environment = ordered ? "enumerate" : "itemize";
		out.append("\\begin{").append(environment).append("}\n");
		for (JsonNode item : items) {
			out.append("\\item{} ").append(item(item, place.inList())).append('\n');
		}
		out.append("\\end{").append(environment).append("}\n\n");
	}

	private String item(JsonNode item, Place place) {
		StringBuilder out = new StringBuilder();
		block(item, place, out);
		return out.toString().strip();
	}

	private void heading(JsonNode node, Place place, StringBuilder out) {
		String plain = Slate.plainText(node).strip().replaceAll("\\s+", " ");
		if (plain.isEmpty()) {
			return;
		}
		String id = Slate.string(node.path("id")).strip();
		String anchor = this.rendering.anchors.unique(id.isEmpty() ? plain : id);
		String title = this.inline.children(node, place.inline()).strip();
		if (place.nested()) {
			out.append("\\par\\hypertarget{").append(anchor).append("}{}\\textbf{").append(title).append("}\\par\n");
			return;
		}
		String command = SECTIONING[Math.min(place.level() + 1, SECTIONING.length - 1)];
		out.append('\\').append(command).append('[').append(this.rendering.text.escape(plain)).append("]{")
			.append(title).append("}\\label{").append(anchor).append("}\n\n");
	}

	private void equation(JsonNode node, Place place, StringBuilder out) {
		String source = Slate.plainText(node);
		if (source.isBlank()) {
			return;
		}
		EquationAllowList.Checked checked = this.rendering.equations.check(source);
		if (!checked.isAccepted()) {
			this.rendering.equationRejected(place.where(), checked.rejection(), source);
			out.append("\\begin{center}\\equationfailed\\end{center}\n\n");
			return;
		}
		// Joined to the paragraph before it: a display opened in vertical mode adds an empty line above.
		if (out.length() >= 2 && out.substring(out.length() - 2).equals("\n\n")) {
			out.setLength(out.length() - 1);
		}
		out.append(EquationFallback.display(place.where(), checked.latex())).append('\n');
	}

	private void table(JsonNode block, Place place, StringBuilder out) {
		JsonNode table = Slate.type(block).equals("table") ? block : null;
		JsonNode caption = null;
		for (JsonNode child : block.path("children")) {
			String type = Slate.type(child);
			table = (table == null && type.equals("table")) ? child : table;
			caption = (caption == null && type.equals("caption")) ? child : caption;
		}
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode row : (table != null) ? table.path("children") : block.path("none")) {
			List<String> cells = new ArrayList<>();
			for (JsonNode cell : row.path("children")) {
				cells.add(blocks(cell, place.inCell()));
			}
			rows.add(cells);
		}
		LatexTables.Caption tableCaption = null;
		if (caption != null && !Slate.isBlank(caption)) {
			tableCaption = new LatexTables.Caption(this.inline.children(caption, place.inline()).strip(),
					this.rendering.text.escape(Slate.plainText(caption).strip()));
		}
		out.append(LatexTables.table(null, rows, tableCaption, place.inTable()));
	}

}
