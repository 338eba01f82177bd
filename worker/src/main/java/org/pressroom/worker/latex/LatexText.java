package org.pressroom.worker.latex;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pressroom.worker.document.Breaks;

/**
 * Turns prose into LaTeX that typesets exactly that prose: every character TeX treats
 * specially is escaped, ligatures that would change the text ("--", "``", ",,", "<<") are
 * broken, and Unicode is mapped through {@link UnicodeTable}; a character with no mapping
 * (after NFKC, which turns 𝑥 into x) is shown as a boxed code point. Long tokens get the
 * break points {@link Breaks} finds ({@code \brk} natural, {@code \anybrk} a last
 * resort), and the output breaks its own lines every {@value #LINE_LENGTH} characters or
 * so, at a space or with a comment, so that no text meets TeX's input buffer (200,000
 * characters). One instance per document, since it collects the unmapped characters for a
 * single warning.
 */
final class LatexText {

	/** Output lines are broken at the first chance after this many characters. */
	static final int LINE_LENGTH = 1000;

	private static final String[] ASCII = new String[128];

	static {
		ASCII['\\'] = "\\textbackslash{}";
		ASCII['{'] = "\\{";
		ASCII['}'] = "\\}";
		ASCII['$'] = "\\$";
		ASCII['&'] = "\\&";
		ASCII['#'] = "\\#";
		ASCII['%'] = "\\%";
		ASCII['_'] = "\\_";
		ASCII['^'] = "\\textasciicircum{}";
		ASCII['~'] = "\\textasciitilde{}";
		ASCII['<'] = "\\textless{}";
		ASCII['>'] = "\\textgreater{}";
		ASCII['|'] = "\\textbar{}";
		ASCII['"'] = "\\textquotedbl{}";
		ASCII['`'] = "\\textasciigrave{}";
		// Brackets in braces can never be read as an optional argument (after \item or
		// \\).
		ASCII['['] = "{[}";
		ASCII[']'] = "{]}";
	}

	private final UnicodeTable table = UnicodeTable.INSTANCE;

	private final Set<Integer> unmapped = new TreeSet<>();

	/**
	 * The text as LaTeX for text mode, with break points in long tokens; line breaks and
	 * tabs become spaces.
	 */
	String escape(String text) {
		return escape(text, false);
	}

	/**
	 * The same for a narrow column (a table cell), where long tokens break more readily.
	 */
	String escape(String text, boolean narrow) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
		byte[] breaks = Breaks.of(normalized, narrow);
		StringBuilder out = new StringBuilder(normalized.length() + 16);
		int lineStart = 0;
		for (int i = 0; i < normalized.length();) {
			int codePoint = normalized.codePointAt(i);
			if (out.length() - lineStart >= LINE_LENGTH) {
				boolean space = codePoint == ' ' || codePoint == '\n' || codePoint == '\t';
				if (!space && out.charAt(out.length() - 1) != '\n') {
					out.append("%");
				}
				out.append('\n');
				lineStart = out.length();
				if (space) {
					// The line break stands for the space.
					i++;
					continue;
				}
			}
			if (breaks != null && breaks[i] != Breaks.NONE) {
				out.append((breaks[i] == Breaks.PREFERRED) ? "\\brk{}" : "\\anybrk{}");
			}
			int next = i + Character.charCount(codePoint);
			append(out, codePoint, (next < normalized.length()) ? normalized.codePointAt(next) : -1);
			i = next;
		}
		return out.toString();
	}

	/**
	 * A non-ASCII character for math mode: "\alpha " for α, "\text{…}" for what only text
	 * mode shows.
	 */
	String math(int codePoint) {
		String replacement = this.table.replacement(codePoint);
		if (replacement != null && replacement.length() > 2 && replacement.startsWith("$")
				&& replacement.endsWith("$")) {
			String inner = replacement.substring(1, replacement.length() - 1);
			return Character.isLetter(inner.charAt(inner.length() - 1)) ? inner + " " : inner;
		}
		if (replacement != null && replacement.matches("[A-Za-z0-9]*")) {
			return replacement;
		}
		return "\\text{" + escape(Character.toString(codePoint)) + "}";
	}

	/**
	 * One warning naming every character shown as a box, or empty when there was none.
	 */
	Optional<String> unmappedWarning() {
		if (this.unmapped.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of("Characters the PDF cannot show are printed as boxed code points: " + this.unmapped.stream()
			.map((codePoint) -> codePoint(codePoint) + " (" + Character.toString(codePoint) + ")")
			.collect(Collectors.joining(", ")));
	}

	private void append(StringBuilder out, int codePoint, int next) {
		if (codePoint < 0x80) {
			appendAscii(out, (char) codePoint, next);
			return;
		}
		String replacement = this.table.replacement(codePoint);
		if (replacement != null) {
			out.append(replacement);
		}
		else if (this.table.isNative(codePoint)) {
			out.appendCodePoint(codePoint);
		}
		else if (compatible(codePoint) != null) {
			out.append(escape(compatible(codePoint)));
		}
		else {
			this.unmapped.add(codePoint);
			out.append("\\unmapped{").append(codePoint(codePoint).substring(2)).append('}');
		}
	}

	private static void appendAscii(StringBuilder out, char c, int next) {
		if (ASCII[c] != null) {
			out.append(ASCII[c]);
		}
		else if (c == '\n' || c == '\t' || c == '\r') {
			out.append(' ');
		}
		else if (c < 0x20 || c == 0x7f) {
			// Control characters show nothing and some are invalid input to TeX.
		}
		else if ((c == '-' || c == '\'' || c == ',') && next == c) {
			out.append(c).append("{}");
		}
		else {
			out.append(c);
		}
	}

	/**
	 * The NFKC form (𝑥 → x, ﬁ → fi, ① → 1) when it differs and every character of it can
	 * be shown.
	 */
	private String compatible(int codePoint) {
		String original = Character.toString(codePoint);
		String folded = Normalizer.normalize(original, Normalizer.Form.NFKC);
		if (folded.equals(original) || folded.isEmpty()) {
			return null;
		}
		return folded.codePoints().allMatch(this.table::canShow) ? folded : null;
	}

	static String codePoint(int codePoint) {
		return String.format("U+%04X", codePoint);
	}

}
