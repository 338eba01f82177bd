package org.pressroom.worker.latex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A PDF that pdflatex produced, the number of passes it took, the warnings an editor
 * should see and the boxes of the last pass that ran past their column.
 */
public record PdfResult(Path pdf, int passes, Duration elapsed, List<String> warnings, List<Overfull> overfull) {

	public PdfResult {
		warnings = List.copyOf(warnings);
		overfull = List.copyOf(overfull);
	}

}
