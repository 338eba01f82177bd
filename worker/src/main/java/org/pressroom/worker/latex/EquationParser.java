package org.pressroom.worker.latex;

/**
 * Reads an equation the way TeX would and accepts it only when every control word is on
 * the {@link MathCommands} allow-list and nothing in its structure can stop pdflatex:
 * braces, \left … \right and \begin … \end pair up, &amp; and \\ stand only in alignments
 * and within their column count, commands get their arguments and no atom gets two
 * superscripts or subscripts. The output is the equation as written, with non-ASCII
 * characters mapped for pdflatex and display-only environments (align) replaced by their
 * inline twins (aligned).
 */
final class EquationParser {

	private static final int MAX_DEPTH = 50;

	private enum Stop {

		END, BRACE, BRACKET, RIGHT, END_ENVIRONMENT

	}

	private final MathSource in;

	private final LatexText text;

	private final int topColumns;

	private int depth;

	/**
	 * @param topColumns the columns of the alignment the whole equation sits in (0 for
	 * none)
	 */
	EquationParser(String source, LatexText text, int topColumns) {
		this.in = new MathSource(source);
		this.text = text;
		this.topColumns = topColumns;
	}

	/**
	 * The equation as LaTeX to emit; throws {@link EquationRejected} with a reason an
	 * editor can act on.
	 */
	String parse() {
		sequence(false, this.topColumns, Stop.END);
		return this.in.output();
	}

	private void sequence(boolean textMode, int columns, Stop stop) {
		enter();
		MathAtom atom = new MathAtom();
		int tabs = 0;
		while (true) {
			int c = this.in.peek();
			String word = this.in.peekWord();
			if (c == -1 && stop == Stop.END || c == '}' && stop == Stop.BRACE || c == ']' && stop == Stop.BRACKET
					|| "right".equals(word) && stop == Stop.RIGHT
					|| "end".equals(word) && stop == Stop.END_ENVIRONMENT) {
				break;
			}
			if (c == -1) {
				throw new EquationRejected(missing(stop));
			}
			if (c == ' ') {
				this.in.emitChar();
			}
			else if (c == '&' && !textMode || c == '\\' && this.in.peekAt(1) == '\\') {
				tabs = (c == '&') ? tab(columns, tabs) : lineBreak(textMode, columns);
				atom.nucleus(false);
			}
			else {
				token(textMode, stop, atom);
			}
		}
		this.depth--;
	}

	/**
	 * One token (and its arguments) that neither ends the sequence nor is alignment
	 * punctuation.
	 */
	private void token(boolean textMode, Stop stop, MathAtom atom) {
		int c = this.in.peek();
		String word = this.in.peekWord();
		if (c == '}') {
			throw new EquationRejected("a } has no matching {");
		}
		if (c == '\\' && word == null) {
			controlSymbol(textMode);
			atom.nucleus(false);
		}
		else if (c == '\\') {
			command(word, textMode, stop, atom);
		}
		else if (c == '{') {
			this.in.emitChar();
			sequence(textMode, 0, Stop.BRACE);
			this.in.expect('}', "a { has no matching }");
			atom.nucleus(false);
		}
		else if (textMode) {
			textChar(c);
		}
		else {
			mathChar(c, atom);
		}
	}

	private int tab(int columns, int tabs) {
		if (columns == 0) {
			throw new EquationRejected("& is only allowed inside an alignment such as aligned, matrix or cases", true);
		}
		if (tabs + 1 >= columns) {
			throw new EquationRejected(
					"a row has more & than its environment allows (at most " + columns + " columns)");
		}
		this.in.emitChar();
		return tabs + 1;
	}

	private int lineBreak(boolean textMode, int columns) {
		if (textMode || columns == 0) {
			throw new EquationRejected("\\\\ (a line break) is only allowed inside an alignment such as aligned",
					!textMode);
		}
		this.in.emit(2);
		if (this.in.peekAfterSpaces() == '[') {
			this.in.skipSpaces();
			this.in.literal("\\[-?[0-9]*\\.?[0-9]+ ?(pt|em|ex|mm|cm|in|bp|mu)\\]",
					"a [ right after \\\\ must be a spacing like [2pt]; put brackets in braces: {[}");
		}
		return 0;
	}

	private void command(String word, boolean textMode, Stop stop, MathAtom atom) {
		if (word.equals("right") || word.equals("end")) {
			throw new EquationRejected("\\" + word + " has no matching \\" + (word.equals("end") ? "begin" : "left"));
		}
		if (word.equals("middle")) {
			if (stop != Stop.RIGHT) {
				throw new EquationRejected("\\middle is only allowed between \\left and \\right");
			}
			this.in.emitWord();
			delimiter("\\middle");
		}
		else if (textMode) {
			textCommand(word);
		}
		else if (word.equals("limits") || word.equals("nolimits")) {
			if (!atom.operator) {
				throw new EquationRejected("\\" + word + " must follow an operator such as \\sum or \\int");
			}
			this.in.emitWord();
			return;
		}
		else {
			mathCommand(word);
		}
		atom.nucleus(MathCommands.OPERATORS.contains(word));
	}

	private void mathCommand(String word) {
		Integer arity = MathCommands.WITH_ARGUMENTS.get(word);
		switch (word) {
			case "begin" -> environment();
			case "left" -> {
				this.in.emitWord();
				delimiter("\\left");
				sequence(false, 0, Stop.RIGHT);
				this.in.emitWord();
				delimiter("\\right");
			}
			case "substack" -> {
				this.in.emitWord();
				this.in.skipSpaces();
				this.in.expect('{', "\\substack needs a {…} argument");
				sequence(false, 1, Stop.BRACE);
				this.in.expect('}', "a { has no matching }");
			}
			default -> {
				if (MathCommands.TEXT_ARGUMENT.contains(word)) {
					this.in.emitWord();
					argument(true, "\\" + word);
				}
				else if (MathCommands.SIZED.contains(word)) {
					this.in.emitWord();
					delimiter("\\" + word);
				}
				else if (arity != null) {
					withArguments(word, arity);
				}
				else if (MathCommands.SYMBOLS.contains(word)) {
					this.in.emitWord();
				}
				else {
					throw new EquationRejected("command \\" + word + " is not allowed in equations");
				}
			}
		}
	}

	private void withArguments(String word, int arity) {
		this.in.emitWord();
		if (word.equals("operatorname") && this.in.peek() == '*') {
			this.in.emitChar();
		}
		if (MathCommands.takesOptional(word) && this.in.peekAfterSpaces() == '[') {
			this.in.skipSpaces();
			this.in.emitChar();
			sequence(false, 0, Stop.BRACKET);
			this.in.expect(']', "a [ has no matching ]");
		}
		for (int i = 0; i < arity; i++) {
			argument(false, "\\" + word);
		}
	}

	private void textCommand(String word) {
		if (MathCommands.TEXT_ARGUMENT.contains(word) || word.equals("textsuperscript")
				|| word.equals("textsubscript")) {
			this.in.emitWord();
			argument(true, "\\" + word);
		}
		else if (MathCommands.IN_TEXT.contains(word)) {
			this.in.emitWord();
		}
		else {
			throw new EquationRejected("command \\" + word + " is not allowed inside \\text");
		}
	}

	private void mathChar(int c, MathAtom atom) {
		rejectSpecial(c);
		if (c == '^' || c == '_') {
			script(c, atom);
		}
		else if (c == '\'') {
			prime(atom);
			this.in.emitChar();
		}
		else if (c >= 0x80) {
			mathUnicode(c, atom);
		}
		else {
			this.in.emitChar();
			atom.nucleus(false);
		}
	}

	private void textChar(int c) {
		if (c == '^' || c == '_' || c == '&') {
			throw new EquationRejected((char) c + " is not allowed inside \\text");
		}
		rejectSpecial(c);
		if (c >= 0x80) {
			this.in.replace(this.text.escape(Character.toString(c)));
		}
		else {
			this.in.emitChar();
		}
	}

	private void script(int c, MathAtom atom) {
		if ((c == '^') ? atom.sup && !atom.primeOnly : atom.sub) {
			throw new EquationRejected((c == '^') ? "double superscript" : "double subscript");
		}
		this.in.emitChar();
		argument(false, Character.toString(c));
		if (c == '^') {
			atom.sup = true;
			atom.primeOnly = false;
		}
		else {
			atom.sub = true;
		}
	}

	/** A prime is a superscript that a following ^ joins, but that cannot follow one. */
	private static void prime(MathAtom atom) {
		if (atom.sup && !atom.primeOnly) {
			throw new EquationRejected("double superscript (a prime after ^)");
		}
		atom.sup = true;
		atom.primeOnly = true;
	}

	private void argument(boolean textMode, String owner) {
		this.in.skipSpaces();
		int c = this.in.peek();
		String word = this.in.peekWord();
		if (c == -1 || "}]&^_'".indexOf(c) >= 0 || "right".equals(word) || "end".equals(word) || "middle".equals(word)
				|| c == '\\' && this.in.peekAt(1) == '\\') {
			throw new EquationRejected("missing argument after " + owner);
		}
		enter();
		if (c >= 0x80 && !textMode) {
			this.in.append("{");
			mathUnicode(c, new MathAtom());
			this.in.append("}");
		}
		else {
			token(textMode, Stop.END, new MathAtom());
		}
		this.depth--;
	}

	/**
	 * Counts a level of nesting: TeX allows 255 groups, and the parser's recursion must
	 * stay shallow.
	 */
	private void enter() {
		if (++this.depth > MAX_DEPTH) {
			throw new EquationRejected("the equation is nested more than " + MAX_DEPTH + " levels deep");
		}
	}

	private void environment() {
		this.in.skip("\\begin".length());
		String name = this.in.braceName("\\begin must be followed by an environment name in braces");
		String target = MathCommands.ENVIRONMENTS.get(name);
		if (target == null) {
			throw new EquationRejected("environment " + name + " is not allowed in equations");
		}
		this.in.append(target.isEmpty() ? "{" : "\\begin{" + target + "}");
		int columns = target.isEmpty() ? 0 : MathEnvironments.arguments(this.in, target);
		sequence(false, columns, Stop.END_ENVIRONMENT);
		this.in.skip("\\end".length());
		String end = this.in.braceName("\\end must be followed by an environment name in braces");
		if (!end.equals(name)) {
			throw new EquationRejected("\\begin{" + name + "} is closed by \\end{" + end + "}");
		}
		this.in.append(target.isEmpty() ? "}" : "\\end{" + target + "}");
	}

	private void controlSymbol(boolean textMode) {
		int symbol = this.in.peekAt(1);
		if (symbol == -1) {
			throw new EquationRejected("the equation ends with a backslash");
		}
		String allowed = textMode ? MathCommands.TEXT_CONTROL_SYMBOLS : MathCommands.MATH_CONTROL_SYMBOLS;
		if (symbol >= 0x80 || allowed.indexOf(symbol) < 0) {
			throw new EquationRejected("\\" + Character.toString(symbol) + " is not allowed in equations");
		}
		this.in.emit(2);
	}

	private void delimiter(String owner) {
		this.in.skipSpaces();
		int c = this.in.peek();
		String word = this.in.peekWord();
		if (c != -1 && "()[]|./<>".indexOf(c) >= 0) {
			this.in.emitChar();
		}
		else if (word != null && MathCommands.DELIMITERS.contains(word)) {
			this.in.emitWord();
		}
		else if (c == '\\' && word == null && this.in.peekAt(1) != -1 && "{}|".indexOf(this.in.peekAt(1)) >= 0) {
			this.in.emit(2);
		}
		else {
			throw new EquationRejected(owner + " must be followed by a delimiter such as ( [ | . or \\{");
		}
	}

	private void mathUnicode(int c, MathAtom atom) {
		if (c >= 0x2032 && c <= 0x2034) {
			// Primes become TeX's ', which joins a following superscript where ^{\prime}
			// would be a double one.
			prime(atom);
			this.in.replace("'".repeat(c - 0x2031));
			return;
		}
		String math = this.text.math(c);
		boolean sup = math.startsWith("^");
		boolean sub = math.startsWith("_");
		if (sup && atom.sup || sub && atom.sub) {
			throw new EquationRejected(
					"double " + (sup ? "superscript" : "subscript") + " (" + LatexText.codePoint(c) + ")");
		}
		this.in.replace(math);
		if (sup || sub) {
			atom.sup |= sup;
			atom.sub |= sub;
		}
		else {
			atom.nucleus(false);
		}
	}

	private static void rejectSpecial(int c) {
		switch (c) {
			case '#' -> throw new EquationRejected("# is not allowed in equations (write \\# for the sign)");
			case '%' -> throw new EquationRejected("% is not allowed in equations (write \\% for a percent sign)");
			case '$' -> throw new EquationRejected("$ is not allowed inside an equation");
			default -> {
				if (c < 0x20 || c == 0x7f) {
					throw new EquationRejected("control character " + LatexText.codePoint(c) + " in the equation");
				}
			}
		}
	}

	private static String missing(Stop stop) {
		return switch (stop) {
			case BRACE -> "a { has no matching }";
			case BRACKET -> "a [ has no matching ]";
			case RIGHT -> "\\left has no matching \\right";
			default -> "\\begin has no matching \\end";
		};
	}

}
