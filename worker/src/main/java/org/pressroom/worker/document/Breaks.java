package org.pressroom.worker.document;

/**
 * Where a long token (a run of text without spaces) may break, so that no URL, path, code
 * list or formula typed as prose runs off the page (issue #13). In a token of at least
 * {@value #MIN_TOKEN} characters, a break looks natural after a run of {@value #AFTER}
 * that is neither the token's start nor its end, as URLs break at "/" and "." (after a
 * hyphen TeX and browsers break by themselves, so none is marked there); a stretch of at
 * least {@value #SEGMENT} characters without such a point ({@value #NARROW_SEGMENT} in a
 * table cell) may break between any two characters as a last resort. A word (letters
 * only) is left to hyphenation unless it has {@value #ANY_WORD} letters or more. Both
 * writers use these points: LaTeX as penalties, HTML as {@code <wbr>} for the natural
 * ones (CSS breaks anywhere as its own last resort).
 */
public final class Breaks {

	/** No break before this character. */
	public static final byte NONE = 0;

	/** A break before this character looks natural (after a slash, a dot, a comma). */
	public static final byte PREFERRED = 1;

	/**
	 * A break before this character is better than running off the page, and nothing
	 * else.
	 */
	public static final byte LAST_RESORT = 2;

	static final String AFTER = "/.-_,;:=&?#|\\)]}+";

	static final int MIN_TOKEN = 8;

	static final int SEGMENT = 16;

	/**
	 * In a table cell, which may be a few characters wide, a shorter stretch may break
	 * anywhere too.
	 */
	static final int NARROW_SEGMENT = 4;

	static final int ANY_WORD = 40;

	private Breaks() {
	}

	/**
	 * The kind of break before each character of the text, or {@code null} when there is
	 * none anywhere.
	 */
	public static byte[] of(String text) {
		return of(text, false);
	}

	/**
	 * The same for text in a narrow column (a table cell), where a stretch of
	 * {@value #NARROW_SEGMENT} characters without a natural break may break anywhere.
	 */
	public static byte[] of(String text, boolean narrow) {
		int segment = narrow ? NARROW_SEGMENT : SEGMENT;
		byte[] breaks = null;
		int start = 0;
		while (start < text.length()) {
			while (start < text.length() && isSpace(text.charAt(start))) {
				start++;
			}
			int end = start;
			boolean letters = true;
			while (end < text.length() && !isSpace(text.charAt(end))) {
				letters &= Character.isLetter(text.charAt(end));
				end++;
			}
			if (end - start >= (letters ? ANY_WORD : MIN_TOKEN)) {
				breaks = token(text, start, end, segment, breaks);
			}
			start = end;
		}
		return breaks;
	}

	private static byte[] token(String text, int start, int end, int minSegment, byte[] breaks) {
		byte[] out = breaks;
		int segment = start;
		for (int i = start + 2; i <= end; i++) {
			boolean preferred = i < end && isAfter(text.charAt(i - 1)) && !isAfter(text.charAt(i))
					&& canBreakBefore(text, i);
			if (!preferred && i < end) {
				continue;
			}
			if (i - segment >= minSegment) {
				for (int j = segment + 1; j < i; j++) {
					if (canBreakBefore(text, j)) {
						out = mark(out, text, j, LAST_RESORT);
					}
				}
			}
			if (preferred) {
				// TeX and browsers break after a hyphen by themselves.
				if (text.charAt(i - 1) != '-') {
					out = mark(out, text, i, PREFERRED);
				}
				segment = i;
			}
		}
		return out;
	}

	private static byte[] mark(byte[] breaks, String text, int i, byte kind) {
		byte[] out = (breaks != null) ? breaks : new byte[text.length()];
		out[i] = kind;
		return out;
	}

	/** Never inside a surrogate pair or before a combining mark. */
	private static boolean canBreakBefore(String text, int i) {
		char c = text.charAt(i);
		if (Character.isLowSurrogate(c)) {
			return false;
		}
		int type = Character.getType(text.codePointAt(i));
		return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
				&& type != Character.COMBINING_SPACING_MARK;
	}

	private static boolean isAfter(char c) {
		return AFTER.indexOf(c) >= 0;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\n';
	}

}
