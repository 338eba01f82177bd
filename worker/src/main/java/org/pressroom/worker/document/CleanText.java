package org.pressroom.worker.document;

import java.text.Normalizer;
import java.util.Map;

/**
 * Every string the database holds, as it may be shown: NFC, line breaks as "\n", tabs as
 * spaces, no C0 or C1 control characters (C1 ones, U+0080–U+009F, are invisible debris of
 * mojibake), a lone surrogate as U+FFFD, and Word's Symbol-font private-use characters
 * U+F06D–U+F0B1 as the characters they stand for (Word stores θ from the Symbol font as
 * U+F071). Word's linear-format debris (〖 〗 ▒ ┬) is left as it is: it is real Unicode,
 * and a reader should see that something is wrong there.
 */
public final class CleanText {

	/**
	 * Adobe's Symbol encoding from 0x6D to 0xB1, where the documents had them;
	 * the card suits (0xA7–0xAA) are left out, as Wingdings puts its square bullet at
	 * U+F0A7.
	 */
	private static final Map<Integer, Integer> SYMBOL_FONT = Map.ofEntries(Map.entry(0x6D, 0x03BC),
			Map.entry(0x6E, 0x03BD), Map.entry(0x6F, 0x03BF), Map.entry(0x70, 0x03C0), Map.entry(0x71, 0x03B8),
			Map.entry(0x72, 0x03C1), Map.entry(0x73, 0x03C3), Map.entry(0x74, 0x03C4), Map.entry(0x75, 0x03C5),
			Map.entry(0x76, 0x03D6), Map.entry(0x77, 0x03C9), Map.entry(0x78, 0x03BE), Map.entry(0x79, 0x03C8),
			Map.entry(0x7A, 0x03B6), Map.entry(0x7B, '{' + 0), Map.entry(0x7C, '|' + 0), Map.entry(0x7D, '}' + 0),
			Map.entry(0x7E, 0x223C), Map.entry(0xA1, 0x03D2), Map.entry(0xA2, 0x2032), Map.entry(0xA3, 0x2264),
			Map.entry(0xA4, 0x2044), Map.entry(0xA5, 0x221E), Map.entry(0xA6, 0x0192), Map.entry(0xAB, 0x2194),
			Map.entry(0xAC, 0x2190), Map.entry(0xAD, 0x2191), Map.entry(0xAE, 0x2192), Map.entry(0xAF, 0x2193),
			Map.entry(0xB0, 0x00B0), Map.entry(0xB1, 0x00B1));

	private CleanText() {
	}

	/** The text as it may be shown; "" for {@code null}. */
	public static String of(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String normalized = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
		StringBuilder out = null;
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			String replacement = replacement(normalized, i);
			if (replacement != null && out == null) {
				out = new StringBuilder(normalized.length()).append(normalized, 0, i);
			}
			if (out != null) {
				out.append((replacement != null) ? replacement : String.valueOf(c));
			}
			if (Character.isHighSurrogate(c) && replacement == null) {
				i++;
				if (out != null) {
					out.append(normalized.charAt(i));
				}
			}
		}
		return (out != null) ? out.toString() : normalized;
	}

	/** The text on one line: every run of whitespace as one space, stripped. */
	public static String line(String text) {
		return of(text).strip().replaceAll("\\s+", " ");
	}

	/**
	 * What to put for the char at {@code i}, or {@code null} to keep it (and, for a valid
	 * pair, the next).
	 */
	private static String replacement(String text, int i) {
		char c = text.charAt(i);
		if (c == '\n' || c >= 0x20 && c < 0x7f) {
			return null;
		}
		if (c == '\r') {
			return (i + 1 < text.length() && text.charAt(i + 1) == '\n') ? "" : "\n";
		}
		if (c == '\t') {
			return " ";
		}
		if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
			return "";
		}
		if (Character.isHighSurrogate(c)) {
			return (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) ? null : "\ufffd";
		}
		if (Character.isLowSurrogate(c)) {
			return "\ufffd";
		}
		Integer symbol = (c >= 0xF000 && c <= 0xF0FF) ? SYMBOL_FONT.get(c - 0xF000) : null;
		return (symbol != null) ? Character.toString(symbol) : null;
	}

}
