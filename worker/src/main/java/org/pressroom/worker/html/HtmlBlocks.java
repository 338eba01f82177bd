package org.pressroom.worker.html;

import org.jsoup.nodes.Element;
import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;

/**
 * The block elements of rich text as HTML: paragraphs, lists, sub-section headings, display equations, figures and
 * tables. Headings go one level below the section that holds them, down to h6.
 */
final class HtmlBlocks {

	private final HtmlRendering rendering;

	private final RichTextHtml richText;

	HtmlBlocks(HtmlRendering rendering, RichTextHtml richText) {
		this.rendering = rendering;
		this.richText = richText;
	}

	void block(JsonNode node, Element parent, String where, int level) {
		String type = Slate.type(node);
		switch (type) {
			case "p", "caption" -> {
				if (!Slate.isBlank(node)) {
					this.richText.inline(node, parent.appendElement("p"), where);
				}
			}
			case "ul", "ol" -> {
				Element list = parent.appendElement(type);
				for (JsonNode item : node.path("children")) {
					if (item.isObject()) {
						Element li = list.appendElement("li");
						if (Slate.type(item).equals("li")) {
							this.richText.blocks(item, li, where, level);
						}
						else {
							block(item, li, where, level);
						}
					}
				}
			}
			case "li", "td", "th" -> this.richText.blocks(node, parent, where, level);
			case "sub-section" -> heading(node, parent, where, level);
			case "equation" -> this.rendering.math.display(Slate.plainText(node), parent, where);
			case "image-block", "img" -> image(node, parent, where);
			case "table-block", "table" -> table(node, parent, where, level);
			case "", "a", "ref", "equation-inline" -> this.richText.node(node, parent.appendElement("p"), where);
			default -> {
				this.rendering.unknownType(type, Warnings.unknownElement(where, type));
				this.richText.blocks(node, parent, where, level);
			}
		}
	}

	private void heading(JsonNode node, Element parent, String where, int level) {
		String plain = Slate.plainText(node).strip().replaceAll("\\s+", " ");
		if (plain.isEmpty()) {
			return;
		}
		String id = Slate.string(node.path("id")).strip();
		String anchor = this.rendering.anchors.unique(id.isEmpty() ? plain : id);
		Element heading = parent.appendElement("h" + Math.min(level + 2, 6)).id(anchor);
		this.richText.inline(node, heading, where);
	}

	private void image(JsonNode block, Element parent, String where) {
		JsonNode img = Slate.type(block).equals("img") ? block : child(block, "img");
		String objectKey = (img != null) ? Slate.string(img.path("objectKey")).strip() : "";
		JsonNode caption = child(block, "caption");
		Element figure = parent.appendElement("figure");
		String url = this.rendering.imageUrls.get(objectKey);
		if (url != null && url.startsWith("data:application/pdf")) {
			// pdflatex embeds PDF figures; browsers show no PDF in an <img>.
			this.rendering.warn(Warnings.pdfOnlyImage(where, objectKey));
			figure.appendElement("div").addClass("placeholder").text("Image shown in the PDF only: " + objectKey);
		}
		else if (url != null) {
			figure.appendElement("img").attr("src", url).attr("alt",
					(caption != null) ? Slate.plainText(caption).strip() : objectKey);
		}
		else {
			this.rendering.warn(Warnings.missingImage(where, objectKey));
			figure.appendElement("div").addClass("placeholder").text("Image not available: " + objectKey);
		}
		if (caption != null && !Slate.isBlank(caption)) {
			this.richText.inline(caption, figure.appendElement("figcaption"), where);
		}
	}

	private void table(JsonNode block, Element parent, String where, int level) {
		JsonNode table = Slate.type(block).equals("table") ? block : child(block, "table");
		JsonNode caption = child(block, "caption");
		Element figure = parent.appendElement("figure").addClass("table");
		Element body = figure.appendElement("table").appendElement("tbody");
		for (JsonNode row : (table != null) ? table.path("children") : block.path("none")) {
			Element tr = body.appendElement("tr");
			for (JsonNode cell : row.path("children")) {
				this.richText.blocks(cell, tr.appendElement("td"), where, level);
			}
		}
		if (caption != null && !Slate.isBlank(caption)) {
			this.richText.inline(caption, figure.appendElement("figcaption"), where);
		}
	}

	private static JsonNode child(JsonNode block, String type) {
		for (JsonNode child : block.path("children")) {
			if (Slate.type(child).equals(type)) {
				return child;
			}
		}
		return null;
	}

}
