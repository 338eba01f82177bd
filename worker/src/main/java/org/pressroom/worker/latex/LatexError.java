package org.pressroom.worker.latex;

/**
 * One error from a pdflatex log: the file and line pdflatex reported (file {@code null}
 * and line 0 when it named none), its message, the offending source line, and the title
 * of the document's section that line is in ({@code null} when unknown).
 */
public record LatexError(String file, int line, String message, String context, String section) {

	public LatexError(String file, int line, String message, String context) {
		this(file, line, message, context, null);
	}

	LatexError inSection(String title) {
		return new LatexError(this.file, this.line, this.message, this.context, title);
	}

	LatexError withContext(String context) {
		return new LatexError(this.file, this.line, this.message, context, this.section);
	}

	/**
	 * "document.tex:12: Undefined control sequence." or just the message when no place is
	 * known.
	 */
	@Override
	public String toString() {
		return (this.file != null) ? this.file + ":" + this.line + ": " + this.message : this.message;
	}

}
