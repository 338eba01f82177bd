package org.pressroom.worker.html;

import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.pressroom.worker.outline.Links;
import org.pressroom.worker.outline.Reference;
import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;

/**
 * Walks a Slate rich-text tree and appends HTML elements for it. Text goes in through jsoup's text nodes, so it is
 * always escaped; equations go to {@link HtmlMath}.
 */
final class RichTextHtml {

	private static final Set<String> INLINE_CONTAINERS = Set.of("p", "caption", "li", "td", "th", "sub-section");

	private final HtmlRendering rendering;

	private final HtmlBlocks blocks;

	RichTextHtml(HtmlRendering rendering) {
		this.rendering = rendering;
		this.blocks = new HtmlBlocks(rendering, this);
	}

	/** Appends the blocks of a rich-text value (or of any element's children) to {@code parent}. */
	void blocks(JsonNode richText, Element parent, String where, int level) {
		for (JsonNode child : richText.path("children")) {
			if (child.isObject()) {
				this.blocks.block(child, parent, where, level);
			}
		}
	}

	/** Appends the inline content of an element's children to {@code parent}. */
	void inline(JsonNode element, Element parent, String where) {
		for (JsonNode child : element.path("children")) {
			node(child, parent, where);
		}
	}

	void node(JsonNode node, Element parent, String where) {
		if (!node.isObject()) {
			return;
		}
		String type = Slate.type(node);
		switch (type) {
			case "" -> leaf(node, parent);
			case "a" -> link(node, parent, where);
			case "ref" -> citation(node, parent, where);
			case "equation-inline", "equation" -> this.rendering.math.inline(Slate.plainText(node), parent, where);
			default -> {
				if (!INLINE_CONTAINERS.contains(type)) {
					this.rendering.unknownType(type, Warnings.unknownElement(where, type));
				}
				inline(node, parent, where);
			}
		}
	}

	private static void leaf(JsonNode leaf, Element parent) {
		String[] lines = Slate.string(leaf.path("text")).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				parent.appendElement("br");
			}
			if (!lines[i].isEmpty()) {
				marked(leaf, parent).appendText(lines[i]);
			}
		}
	}

	/** The innermost element for the leaf's marks, appended to {@code parent}; {@code parent} itself if none. */
	private static Element marked(JsonNode leaf, Element parent) {
		Element target = parent;
		String[][] marks = { { "bold", "strong" }, { "italic", "em" }, { "underline", "u" },
				{ "superscript", "sup" }, { "subscript", "sub" } };
		boolean script = false;
		for (String[] mark : marks) {
			boolean isScript = mark[0].endsWith("script");
			if (leaf.path(mark[0]).asBoolean(false) && !(isScript && script)) {
				target = target.appendElement(mark[1]);
				script |= isScript;
			}
		}
		return target;
	}

	private void link(JsonNode node, Element parent, String where) {
		String url = Slate.string(node.path("url")).strip();
		Optional<String> href = Links.href(url);
		Element target = parent;
		if (href.isPresent()) {
			target = parent.appendElement("a").attr("href", href.get());
		}
		else if (!url.isEmpty()) {
			this.rendering.warn(Warnings.unlinkedUrl(where, url));
		}
		if (Slate.plainText(node).isBlank()) {
			target.appendText(url);
		}
		else {
			inline(node, target, where);
		}
	}

	private void citation(JsonNode node, Element parent, String where) {
		String refId = Slate.string(node.path("refId")).strip();
		Optional<Reference> reference = this.rendering.bibliography.find(refId);
		if (reference.isPresent()) {
			parent.appendElement("a").addClass("citation").attr("href", "#" + reference.get().anchor())
				.text("[" + reference.get().number() + "]");
		}
		else {
			this.rendering.warn(Warnings.unknownReference(where, refId));
			parent.appendElement("span").addClass("citation").addClass("missing").text("[?]");
		}
	}

}
