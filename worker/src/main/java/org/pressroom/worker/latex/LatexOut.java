package org.pressroom.worker.latex;

/**
 * The LaTeX being written, in pieces the writer never wants split (a command with its
 * arguments, an escaped text, an equation), counting lines as it goes so that the writer
 * can say on which lines each section, equation and figure sits. Between pieces, once a
 * line is {@value LatexText#LINE_LENGTH} characters long, it breaks the line: a piece
 * that starts with a space starts the next line instead (TeX reads the line end as that
 * space), any other after a comment ({@code %}), which TeX reads as nothing. Pieces never
 * end in the middle of a control sequence, and no piece starts with a space TeX must keep
 * after a comment, so either break typesets the same.
 */
final class LatexOut {

	private final StringBuilder out = new StringBuilder(64 * 1024);

	private int line = 1;

	private int column;

	/**
	 * The next piece starts a line of its own (after an inline equation, so that its line
	 * is its own).
	 */
	private boolean breakBeforeNext;

	/** Appends a piece. */
	LatexOut append(String piece) {
		if (piece.isEmpty()) {
			return this;
		}
		if ((this.breakBeforeNext || this.column >= LatexText.LINE_LENGTH) && this.column > 0
				&& piece.charAt(0) != '\n') {
			this.breakBeforeNext = false;
			if (piece.charAt(0) == ' ') {
				piece = piece.substring(1);
			}
			else {
				this.out.append('%');
			}
			newline();
			if (piece.isEmpty()) {
				return this;
			}
		}
		this.breakBeforeNext = false;
		this.out.append(piece);
		int lastBreak = piece.lastIndexOf('\n');
		if (lastBreak < 0) {
			this.column += piece.length();
		}
		else {
			for (int i = 0; i <= lastBreak; i++) {
				if (piece.charAt(i) == '\n') {
					this.line++;
				}
			}
			this.column = piece.length() - lastBreak - 1;
		}
		return this;
	}

	/**
	 * Makes the next piece start a line, with a comment ending this one so that no space
	 * is added.
	 */
	LatexOut startLine() {
		if (this.column > 0) {
			this.out.append('%');
			newline();
		}
		return this;
	}

	/** Makes the next piece start a line, so that the last one ends its line. */
	LatexOut endLine() {
		this.breakBeforeNext = true;
		return this;
	}

	/** The line the last character was written on, from 1. */
	int line() {
		return this.line;
	}

	/** Whether the text so far ends with an empty line (a paragraph break). */
	boolean endsWithBlankLine() {
		int length = this.out.length();
		return length >= 2 && this.out.charAt(length - 1) == '\n' && this.out.charAt(length - 2) == '\n';
	}

	/**
	 * Drops the last line end (to join a display equation to the paragraph before it).
	 */
	void dropTrailingNewline() {
		dropNewline();
	}

	/**
	 * Drops every line end at the end (a table cell must not end with a paragraph break).
	 */
	void dropTrailingNewlines() {
		while (dropNewline()) {
			// Until the last character is something else.
		}
	}

	/**
	 * Drops a line end at the end, unless it ends a comment, whose end the next piece
	 * must not join.
	 */
	private boolean dropNewline() {
		int length = this.out.length();
		if (length == 0 || this.out.charAt(length - 1) != '\n' || length >= 2 && this.out.charAt(length - 2) == '%'
				&& (length < 3 || this.out.charAt(length - 3) != '\\')) {
			return false;
		}
		this.out.setLength(length - 1);
		this.line--;
		this.column = this.out.length() - (this.out.lastIndexOf("\n") + 1);
		return true;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	private void newline() {
		this.out.append('\n');
		this.line++;
		this.column = 0;
	}

}
