package org.pressroom.worker.latex;

/**
 * One error from a pdflatex log: the file and line pdflatex reported (file {@code null} and line 0 when it named
 * none), its message, and the offending source line.
 */
public record LatexError(String file, int line, String message, String context) {

	/** "document.tex:12: Undefined control sequence." or just the message when no place is known. */
	@Override
	public String toString() {
		return (this.file != null) ? this.file + ":" + this.line + ": " + this.message : this.message;
	}

}
