package org.pressroom.worker.latex;

/**
 * Breaks long lines of generated LaTeX at spaces, so that no paragraph, however long, meets TeX's input buffer
 * (200,000 characters in TeX Live; a longer line stops pdflatex with "Unable to read an entire line"). TeX reads
 * the end of a line as one space, so a line break in place of a space typesets the same. Lines are broken only at a
 * single space between two non-space characters (a space before more spaces could leave a blank line, which is a
 * paragraph break), never after a backslash (a control space), never inside an inline equation {@code \(…\)} nor on
 * a display equation's line (the second defence, {@link EquationFallback}, finds equations by line), and never
 * after an unescaped % (a comment).
 */
final class LatexLines {

	/** Lines are broken at the first space after this many characters; a line of real prose is far shorter. */
	static final int TARGET_LENGTH = 1000;

	private LatexLines() {
	}

	static String wrap(String tex) {
		StringBuilder out = new StringBuilder(tex.length() + tex.length() / TARGET_LENGTH + 16);
		String previous = "";
		int start = 0;
		while (start <= tex.length()) {
			int end = tex.indexOf('\n', start);
			String line = tex.substring(start, (end < 0) ? tex.length() : end);
			out.append((line.length() <= TARGET_LENGTH || previous.equals("\\[")) ? line : wrapLine(line));
			if (end < 0) {
				break;
			}
			out.append('\n');
			previous = line;
			start = end + 1;
		}
		return out.toString();
	}

	private static String wrapLine(String line) {
		StringBuilder out = new StringBuilder(line.length() + line.length() / TARGET_LENGTH + 1);
		boolean inMath = false;
		int lineStart = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '%') {
				return out.append(line, i, line.length()).toString();
			}
			if (c == '\\' && i + 1 < line.length()) {
				char next = line.charAt(i + 1);
				inMath = (next == '(') || (inMath && next != ')');
				out.append(c).append(next);
				i++;
			}
			else if (c == ' ' && !inMath && i - lineStart >= TARGET_LENGTH && i + 1 < line.length()
					&& line.charAt(i - 1) != ' ' && line.charAt(i + 1) != ' ') {
				out.append('\n');
				lineStart = i + 1;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
