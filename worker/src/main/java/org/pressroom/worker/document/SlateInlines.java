package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the inline content of a Slate element: text leaves with their marks (a line break
 * in a leaf becomes a {@link Inline.LineBreak}), links, citations and inline equations. A
 * link target that is not allowed keeps its text and is warned about; a link without text
 * shows its target.
 */
final class SlateInlines {

	/** Elements whose children are read in place without a warning. */
	private static final Set<String> CONTAINERS = Set.of("p", "caption", "li", "td", "th", "sub-section");

	private final Reading reading;

	SlateInlines(Reading reading) {
		this.reading = reading;
	}

	/** The element's children as inline content. */
	List<Inline> children(JsonNode element) {
		List<Inline> out = new ArrayList<>();
		for (JsonNode child : element.path("children")) {
			node(child, out);
		}
		return out;
	}

	/** One node as inline content, appended to {@code out}. */
	void node(JsonNode node, List<Inline> out) {
		if (!node.isObject()) {
			return;
		}
		String type = Slate.type(node);
		switch (type) {
			case "" -> leaf(node, out);
			case "a" -> link(node, out);
			case "ref" -> citation(node, out);
			case "equation-inline", "equation" -> {
				String source = CleanText.of(Slate.plainText(node));
				if (!source.isBlank()) {
					out.add(new Inline.InlineMath(this.reading.equation(source)));
				}
			}
			default -> {
				List<Inline> content = children(node);
				if (content.isEmpty()) {
					return;
				}
				// A block read inline (a paragraph in a heading) is a word of its own.
				if (!out.isEmpty() && !endsWithSpace(out.get(out.size() - 1))) {
					out.add(new Inline.Text(" ", Marks.NONE));
				}
				if (CONTAINERS.contains(type)) {
					out.addAll(content);
				}
				else {
					this.reading.unknownType(type);
					out.add(new Inline.UnknownInline(type, content));
				}
			}
		}
	}

	private static void leaf(JsonNode leaf, List<Inline> out) {
		Marks marks = new Marks(mark(leaf, "bold"), mark(leaf, "italic"), mark(leaf, "underline"),
				mark(leaf, "superscript"), mark(leaf, "subscript"));
		String[] lines = CleanText.of(Slate.string(leaf.path("text"))).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.add(Inline.LineBreak.INSTANCE);
			}
			if (!lines[i].isEmpty()) {
				out.add(new Inline.Text(lines[i], marks));
			}
		}
	}

	private static boolean mark(JsonNode leaf, String name) {
		return leaf.path(name).asBoolean(false);
	}

	private void link(JsonNode node, List<Inline> out) {
		String url = CleanText.of(Slate.string(node.path("url"))).strip();
		List<Inline> label = Slate.plainText(node).isBlank() ? new ArrayList<>() : children(node);
		if (label.isEmpty()) {
			if (url.isEmpty()) {
				return;
			}
			label.add(new Inline.Text(url, Marks.NONE));
		}
		Optional<String> href = Links.href(url);
		if (href.isEmpty()) {
			if (url.length() > Links.MAX_LENGTH) {
				this.reading.warn(Warnings.longUrl(this.reading.where, url.length()));
			}
			else if (!url.isEmpty()) {
				this.reading.warn(Warnings.unlinkedUrl(this.reading.where, url));
			}
			out.addAll(label);
		}
		else if (href.get().startsWith("#")) {
			out.add(new Inline.Link(Anchors.sanitize(href.get().substring(1)), true, label));
		}
		else {
			out.add(new Inline.Link(href.get(), false, label));
		}
	}

	private void citation(JsonNode node, List<Inline> out) {
		String refId = CleanText.line(Slate.string(node.path("refId")));
		Optional<Reference> reference = this.reading.bibliography.find(refId);
		if (reference.isPresent()) {
			out.add(new Inline.Citation(reference.get().number(), reference.get().anchor()));
		}
		else {
			this.reading.warn(Warnings.unknownReference(this.reading.where, refId));
			out.add(Inline.Citation.UNRESOLVED);
		}
	}

	private static boolean endsWithSpace(Inline inline) {
		return inline instanceof Inline.LineBreak || inline instanceof Inline.Text text
				&& Character.isWhitespace(text.text().charAt(text.text().length() - 1));
	}

}
