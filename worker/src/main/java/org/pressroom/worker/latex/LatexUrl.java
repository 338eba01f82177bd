package org.pressroom.worker.latex;

import java.nio.charset.StandardCharsets;

/**
 * URLs for \href's first argument. Only # and % need a backslash there (checked with
 * hyperref in paragraphs, bold text, captions and longtable cells); characters URLs may
 * not carry raw are percent-encoded first, so no backslash or brace reaches TeX. A URL is
 * at most {@link org.pressroom.worker.document.Links#MAX_LENGTH} characters, as the
 * argument cannot break across lines.
 */
final class LatexUrl {

	private static final String RAW = "-._~:/?#[]@!$&'()*+,;=%";

	private LatexUrl() {
	}

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

}
