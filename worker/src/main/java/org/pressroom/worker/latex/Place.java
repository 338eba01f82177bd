package org.pressroom.worker.latex;

/**
 * Where a piece of content sits, which decides what LaTeX may be written there: floats
 * and sectioning only at the top of a section, no line breaks in moving arguments
 * (captions, headings, link texts). Lists nest at most as deep as the reader allows,
 * which LaTeX accepts.
 *
 * @param level the heading level of the section (1 = \section)
 * @param withinList whether a list encloses the content
 * @param withinTable whether a table cell encloses the content
 * @param inlineOnly whether only inline material may be written (a moving argument)
 */
record Place(int level, boolean withinList, boolean withinTable, boolean inlineOnly) {

	static Place section(int level) {
		return new Place(level, false, false, false);
	}

	Place inList() {
		return new Place(this.level, true, this.withinTable, this.inlineOnly);
	}

	Place inCell() {
		return new Place(this.level, this.withinList, true, this.inlineOnly);
	}

	Place inline() {
		return new Place(this.level, this.withinList, this.withinTable, true);
	}

	/** Inside a list or a table cell, where floats and sectioning commands cannot go. */
	boolean nested() {
		return this.withinList || this.withinTable;
	}

}
