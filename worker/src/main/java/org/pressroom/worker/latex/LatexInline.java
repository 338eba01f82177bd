package org.pressroom.worker.latex;

import java.util.Optional;
import java.util.Set;

import org.pressroom.worker.outline.Anchors;
import org.pressroom.worker.outline.Links;
import org.pressroom.worker.outline.Reference;
import org.pressroom.worker.outline.Slate;
import org.pressroom.worker.outline.Warnings;

import tools.jackson.databind.JsonNode;

/**
 * Inline rich text as LaTeX: text leaves with their marks, links, citations of the reference list and inline
 * equations. A line break inside a leaf becomes \newline where a paragraph is being set, and a space in moving
 * arguments.
 */
final class LatexInline {

	/** A line break inside a paragraph; \leavevmode because one at a paragraph's start has no line to end. */
	static final String LINE_BREAK = "\\leavevmode\\newline{}";

	/** Elements whose children are rendered in place without a warning. */
	private static final Set<String> CONTAINERS = Set.of("p", "caption", "li", "td", "th", "sub-section");

	private final LatexRendering rendering;

	LatexInline(LatexRendering rendering) {
		this.rendering = rendering;
	}

	/** The element's children as inline LaTeX. */
	String children(JsonNode element, Place place) {
		StringBuilder out = new StringBuilder();
		for (JsonNode child : element.path("children")) {
			node(child, place, out);
		}
		return out.toString();
	}

	void node(JsonNode node, Place place, StringBuilder out) {
		if (!node.isObject()) {
			return;
		}
		String type = Slate.type(node);
		switch (type) {
			case "" -> leaf(node, place, out);
			case "a" -> link(node, place, out);
			case "ref" -> citation(node, place, out);
			case "equation-inline", "equation" -> equation(node, place, out);
			default -> {
				if (!CONTAINERS.contains(type)) {
					this.rendering.unknownType(type, Warnings.unknownElement(place.where(), type));
				}
				if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
					out.append(' ');
				}
				out.append(children(node, place));
			}
		}
	}

	private void leaf(JsonNode leaf, Place place, StringBuilder out) {
		String[] lines = Slate.string(leaf.path("text")).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append(place.inlineOnly() ? " " : LINE_BREAK);
			}
			String escaped = this.rendering.text.escape(lines[i]);
			if (!escaped.isEmpty()) {
				out.append(marks(leaf, escaped));
			}
		}
	}

	private static String marks(JsonNode leaf, String latex) {
		String marked = latex;
		if (leaf.path("superscript").asBoolean(false)) {
			marked = "\\textsuperscript{" + marked + "}";
		}
		else if (leaf.path("subscript").asBoolean(false)) {
			marked = "\\textsubscript{" + marked + "}";
		}
		if (leaf.path("underline").asBoolean(false)) {
			marked = "\\underline{" + marked + "}";
		}
		if (leaf.path("italic").asBoolean(false)) {
			marked = "\\textit{" + marked + "}";
		}
		if (leaf.path("bold").asBoolean(false)) {
			marked = "\\textbf{" + marked + "}";
		}
		return marked;
	}

	private void link(JsonNode node, Place place, StringBuilder out) {
		String url = Slate.string(node.path("url"));
		String label = children(node, place.inline());
		if (label.isBlank()) {
			label = LatexUrl.text(this.rendering.text, url);
		}
		Optional<String> href = Links.href(url);
		if (href.isEmpty()) {
			if (!url.isBlank()) {
				this.rendering.warn(Warnings.unlinkedUrl(place.where(), url.strip()));
			}
			out.append(label);
		}
		else if (href.get().startsWith("#")) {
			out.append("\\hyperref[").append(Anchors.sanitize(href.get().substring(1)))
				.append("]{")
				.append(label)
				.append('}');
		}
		else {
			out.append("\\href{").append(LatexUrl.href(href.get())).append("}{").append(label).append('}');
		}
	}

	private void citation(JsonNode node, Place place, StringBuilder out) {
		String refId = Slate.string(node.path("refId")).strip();
		Optional<Reference> reference = this.rendering.bibliography.find(refId);
		if (reference.isPresent()) {
			out.append("\\hyperlink{")
				.append(reference.get().anchor())
				.append("}{{[}")
				.append(reference.get().number())
				.append("{]}}");
		}
		else {
			this.rendering.warn(Warnings.unknownReference(place.where(), refId));
			out.append("{[}?{]}");
		}
	}

	private void equation(JsonNode node, Place place, StringBuilder out) {
		String source = Slate.plainText(node);
		if (source.isBlank()) {
			return;
		}
		EquationAllowList.Checked checked = this.rendering.equations.check(source);
		if (checked.isAccepted()) {
			out.append(EquationFallback.inline(place.where(), checked.latex()));
		}
		else {
			this.rendering.equationRejected(place.where(), checked.rejection(), source);
			out.append("\\equationfailed{}");
		}
	}

}
