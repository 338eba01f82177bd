package org.pressroom.worker.latex;

import java.util.List;

/**
 * pdflatex ran past its deadline. Not necessarily the content's fault: on an overloaded
 * worker the same document may finish next time, so the render job retries it a few times
 * before it fails for good (issue #12).
 */
public class PdfLatexTimeoutException extends LatexFailedException {

	public PdfLatexTimeoutException(String message) {
		super(message, List.of());
	}

}
