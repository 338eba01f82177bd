package org.pressroom.worker.outline;

/**
 * A run of plain text in a reference or citation: shown in italics (a journal or series) or as a link to
 * {@code url} when that is set.
 */
public record Segment(String text, boolean italic, String url) {

	static Segment plain(String text) {
		return new Segment(text, false, null);
	}

	static Segment italic(String text) {
		return new Segment(text, true, null);
	}

	static Segment link(String text, String url) {
		return new Segment(text, false, url);
	}

}
