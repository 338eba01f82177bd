package org.pressroom.worker.latex;

import java.util.List;

/**
 * A LaTeX document ready for pdflatex, and what could not be rendered as written (a rejected equation, a missing
 * image, an unmapped character), worded for editors.
 * @param tex the whole document, standalone
 * @param preamble the start of {@code tex} that is the same for every document, which {@link PreambleFormat} can
 * precompile
 */
public record LatexSource(String tex, String preamble, List<String> warnings) {

	public LatexSource {
		if (!tex.startsWith(preamble)) {
			throw new IllegalArgumentException("The preamble must be the start of the document");
		}
		warnings = List.copyOf(warnings);
	}

}
