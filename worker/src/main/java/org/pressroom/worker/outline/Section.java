package org.pressroom.worker.outline;

import tools.jackson.databind.JsonNode;

/**
 * One heading of the rendered ATBD and what fills it.
 *
 * @param anchor the id both renderings give the heading ("scientific-theory")
 * @param title the heading as shown
 * @param level 1 for a section, 2 for a subsection, 3 below that
 * @param numbered whether the heading is numbered (front matter is not)
 * @param kind how {@code content} is to be read
 * @param content the document's value for the section ({@code null} for groups, contacts and the citation)
 * @param caption a table caption that goes with the content (variables), or {@code null}
 */
public record Section(String anchor, String title, int level, boolean numbered, Kind kind, JsonNode content,
		String caption) {

	/** What a section holds. */
	public enum Kind {

		/** A heading over the sections that follow at a deeper level. */
		GROUP,
		/** Slate rich text. */
		RICH_TEXT,
		/** Plain text, one point a line (APT's key points). */
		PLAIN_TEXT,
		/** A list of {name, long_name, unit} in rich text: a table. */
		VARIABLES,
		/** A list of {url, description}. */
		LINKS,
		/** The version's contacts. */
		CONTACTS,
		/** The numbered reference list. */
		REFERENCES,
		/** How to cite this version. */
		CITATION

	}

}
