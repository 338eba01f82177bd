package org.pressroom.worker.html;

import java.util.List;

/**
 * A self-contained HTML page and what could not be rendered as written, worded for
 * editors.
 */
public record HtmlSource(String html, List<String> warnings) {

	public HtmlSource {
		warnings = List.copyOf(warnings);
	}

}
