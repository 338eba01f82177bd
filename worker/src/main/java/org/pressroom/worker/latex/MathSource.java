package org.pressroom.worker.latex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cursor {@link EquationParser} reads an equation with: looks at characters and
 * control words, and copies what it consumes to the output, where non-ASCII characters
 * are replaced by their LaTeX.
 */
final class MathSource {

	private final String source;

	private final StringBuilder out = new StringBuilder();

	private int pos;

	/**
	 * The last thing emitted was a control word, so a letter must not follow it directly.
	 */
	private boolean afterWord;

	MathSource(String source) {
		this.source = source;
	}

	String output() {
		return this.out.toString();
	}

	int peek() {
		return peekAt(0);
	}

	int peekAt(int offset) {
		int at = this.pos + offset;
		return (at < this.source.length()) ? this.source.codePointAt(at) : -1;
	}

	int peekAfterSpaces() {
		int at = this.pos;
		while (at < this.source.length() && this.source.charAt(at) == ' ') {
			at++;
		}
		return (at < this.source.length()) ? this.source.charAt(at) : -1;
	}

	/**
	 * The control word at the cursor (the letters after a backslash), or {@code null} for
	 * anything else.
	 */
	String peekWord() {
		if (peek() != '\\') {
			return null;
		}
		int end = this.pos + 1;
		while (end < this.source.length() && isAsciiLetter(this.source.charAt(end))) {
			end++;
		}
		return (end > this.pos + 1) ? this.source.substring(this.pos + 1, end) : null;
	}

	void emitWord() {
		emit(peekWord().length() + 1);
		this.afterWord = true;
	}

	void emitChar() {
		emit(1);
	}

	void emit(int length) {
		this.out.append(this.source, this.pos, this.pos + length);
		this.pos += length;
		this.afterWord = false;
	}

	/** Skips the character at the cursor and emits {@code latex} for it. */
	void replace(String latex) {
		this.pos += Character.charCount(peek());
		append(latex);
	}

	/** Emits text that is not in the source (a renamed environment, a brace). */
	void append(String latex) {
		if (this.afterWord && !latex.isEmpty() && Character.isLetter(latex.charAt(0))) {
			this.out.append(' ');
		}
		this.out.append(latex);
		this.afterWord = latex.matches("(?s).*\\\\[A-Za-z]+");
	}

	void skip(int length) {
		this.pos += length;
	}

	void skipSpaces() {
		while (peek() == ' ') {
			emitChar();
		}
	}

	void skipSpacesSilently() {
		while (peek() == ' ') {
			this.pos++;
		}
	}

	/**
	 * Emits the text at the cursor if it matches {@code regex}, else rejects the
	 * equation.
	 */
	void literal(String regex, String rejection) {
		Matcher matcher = Pattern.compile(regex).matcher(this.source);
		if (!matcher.region(this.pos, this.source.length()).lookingAt()) {
			throw new EquationRejected(rejection);
		}
		emit(matcher.end() - this.pos);
	}

	/** Reads "{name}" (letters and an optional star) without emitting it. */
	String braceName(String rejection) {
		skipSpacesSilently();
		int close = this.source.indexOf('}', this.pos);
		if (peek() != '{' || close < 0 || !this.source.substring(this.pos + 1, close).matches("[A-Za-z]+\\*?")) {
			throw new EquationRejected(rejection);
		}
		String name = this.source.substring(this.pos + 1, close);
		this.pos = close + 1;
		return name;
	}

	void expect(char c, String rejection) {
		if (peek() != c) {
			throw new EquationRejected(rejection);
		}
		emitChar();
	}

	private static boolean isAsciiLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

}
