package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Builds the inline content of a formatted entry (a reference, the citation) sentence by
 * sentence: "Text. ", <i>Series</i>, links; the space after the last sentence is dropped.
 */
final class Sentences {

	private final List<Inline> out = new ArrayList<>();

	/** "text. " unless the text is empty; no second period after one. */
	Sentences sentence(String text) {
		if (!text.isEmpty()) {
			plain(text + (text.endsWith(".") ? " " : ". "));
		}
		return this;
	}

	Sentences plain(String text) {
		this.out.add(new Inline.Text(text, Marks.NONE));
		return this;
	}

	Sentences italic(String text) {
		this.out.add(new Inline.Text(text, Marks.ITALIC));
		return this;
	}

	/**
	 * A link to {@code url} labelled {@code text}, or the text alone when the URL is not
	 * allowed; then ". ".
	 */
	Sentences link(String text, String url) {
		return linkAlone(text, url).plain(". ");
	}

	/** The same without the period. */
	Sentences linkAlone(String text, String url) {
		this.out.add((url == null) ? new Inline.Text(text, Marks.NONE)
				: new Inline.Link(url, false, List.of(new Inline.Text(text, Marks.NONE))));
		return this;
	}

	boolean isEmpty() {
		return this.out.isEmpty();
	}

	List<Inline> toList() {
		List<Inline> all = new ArrayList<>(this.out);
		if (!all.isEmpty() && all.get(all.size() - 1) instanceof Inline.Text last && last.marks().equals(Marks.NONE)) {
			String trimmed = last.text().stripTrailing();
			all.remove(all.size() - 1);
			if (!trimmed.isEmpty()) {
				all.add(new Inline.Text(trimmed, Marks.NONE));
			}
		}
		return List.copyOf(all);
	}

	/** An entry's field on one line; "" when missing. */
	static String field(JsonNode entry, String key) {
		return CleanText.line(Slate.string(entry.path(key)));
	}

}
