package org.pressroom.worker.latex;

import java.util.List;

/**
 * A LaTeX document ready for pdflatex, and what could not be rendered as written (a rejected equation, a missing
 * image, an unmapped character), worded for editors.
 */
public record LatexSource(String tex, List<String> warnings) {

	public LatexSource {
		warnings = List.copyOf(warnings);
	}

}
