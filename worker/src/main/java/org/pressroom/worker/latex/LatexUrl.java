package org.pressroom.worker.latex;

import java.nio.charset.StandardCharsets;

/**
 * URLs in LaTeX. In \href's first argument only # and % need a backslash (checked with hyperref in paragraphs,
 * bold text, captions and longtable cells); characters URLs may not carry raw are percent-encoded first, so no
 * backslash or brace reaches TeX.
 */
final class LatexUrl {

	private static final String RAW = "-._~:/?#[]@!$&'()*+,;=%";

	private LatexUrl() {
	}

	/** The URL for \href{…}. */
	static String href(String url) {
		StringBuilder out = new StringBuilder(url.length() + 8);
		for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c == '#' || c == '%') {
				out.append('\\').append((char) c);
			}
			else if (c < 0x80 && (Character.isLetterOrDigit(c) || RAW.indexOf(c) >= 0)) {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	/** A URL shown as text, with break points after each '/' so that long ones wrap. */
	static String text(LatexText text, String url) {
		return text.escape(url.strip()).replace("/", "/\\allowbreak{}");
	}

}
