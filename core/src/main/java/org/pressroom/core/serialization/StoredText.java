package org.pressroom.core.serialization;

/**
 * Text as PostgreSQL can store it. {@code text} and {@code jsonb} refuse the NUL
 * character (jsonb also refuses an unpaired surrogate escape), and both can reach a
 * warning from a document (APT's {@code json} column holds any escape): a render that
 * succeeded must not fail to be recorded over one (issue #12). NUL becomes U+2400 (␀), an
 * unpaired surrogate U+FFFD, so the editor still sees where it was.
 */
public final class StoredText {

	private StoredText() {
	}

	public static String clean(String text) {
		if (text == null || !needsCleaning(text)) {
			return text;
		}
		StringBuilder cleaned = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				cleaned.append('\u2400');
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				cleaned.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c)) {
				cleaned.append('\uFFFD');
			}
			else {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

	private static boolean needsCleaning(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0' || Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
