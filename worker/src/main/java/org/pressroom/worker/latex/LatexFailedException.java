package org.pressroom.worker.latex;

import java.util.List;

/**
 * pdflatex produced no PDF: a LaTeX error in the content, or a run past the time limit. A
 * content error, so a job should fail without a retry.
 */
public class LatexFailedException extends RuntimeException {

	private final List<LatexError> errors;

	public LatexFailedException(String message, List<LatexError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	/**
	 * The errors pdflatex reported, first one first; empty when it reported none (e.g. on
	 * a timeout).
	 */
	public List<LatexError> errors() {
		return this.errors;
	}

}
