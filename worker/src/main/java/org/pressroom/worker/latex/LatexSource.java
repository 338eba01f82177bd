package org.pressroom.worker.latex;

import java.util.List;

/**
 * A LaTeX document ready for pdflatex, the characters it shows as boxed code points (one
 * warning), and which lines hold which section, equation and figure.
 *
 * @param tex the whole document, standalone
 * @param preamble the start of {@code tex} that is the same for every document, which
 * {@link PreambleFormat} can precompile
 */
public record LatexSource(String tex, String preamble, List<String> warnings, SourceMap map) {

	public LatexSource {
		if (!tex.startsWith(preamble)) {
			throw new IllegalArgumentException("The preamble must be the start of the document");
		}
		warnings = List.copyOf(warnings);
	}

}
