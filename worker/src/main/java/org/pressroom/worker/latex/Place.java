package org.pressroom.worker.latex;

/**
 * Where a piece of rich text sits, which decides what LaTeX may be emitted there: floats and sectioning only at the
 * top of a section, at most {@link #MAX_LIST_DEPTH} nested lists, no line breaks in moving arguments (captions,
 * headings, link texts).
 *
 * @param where the section title, for warnings
 * @param level the heading level of that section (1 = \section)
 * @param listDepth how many lists enclose the text
 * @param inTable whether a table cell encloses the text
 * @param inlineOnly whether only inline material may be emitted
 */
record Place(String where, int level, int listDepth, boolean inTable, boolean inlineOnly) {

	/** LaTeX allows four levels of itemize and of enumerate; deeper lists are flattened into the fourth. */
	static final int MAX_LIST_DEPTH = 4;

	static Place section(String where, int level) {
		return new Place(where, level, 0, false, false);
	}

	Place inList() {
		return new Place(this.where, this.level, this.listDepth + 1, this.inTable, this.inlineOnly);
	}

	Place inCell() {
		return new Place(this.where, this.level, this.listDepth, true, this.inlineOnly);
	}

	Place inline() {
		return new Place(this.where, this.level, this.listDepth, this.inTable, true);
	}

	/** Inside a list or a table cell, where floats and sectioning commands cannot go. */
	boolean nested() {
		return this.listDepth > 0 || this.inTable;
	}

}
