package org.pressroom.worker.latex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A PDF that pdflatex produced, the number of passes it took and the warnings an editor should see. */
public record PdfResult(Path pdf, int passes, Duration elapsed, List<String> warnings) {

	public PdfResult {
		warnings = List.copyOf(warnings);
	}

}
