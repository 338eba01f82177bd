package org.pressroom.worker.document;

import java.util.List;

/**
 * One ATBD version as it is rendered, in PDF and HTML alike.
 *
 * @param title the title block
 * @param sections the sections in APT's order, each with something to show (group
 * headings excepted)
 * @param warnings what could not be rendered as written, worded for editors, each once
 */
public record Document(TitleBlock title, List<Section> sections, List<String> warnings) {

	public Document {
		sections = List.copyOf(sections);
		warnings = List.copyOf(warnings);
	}

}
