package org.pressroom.worker.document;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out link targets that are safe in HTML ids and in LaTeX labels and PDF
 * destinations (letters, digits, '-' and '.'), at most {@value #MAX_LENGTH} characters
 * (LaTeX writes each label into the .aux on one line), and unique within one document: a
 * repeated id gets "-2", "-3". The reader hands out all of them, so both renderings
 * agree.
 */
public final class Anchors {

	static final int MAX_LENGTH = 64;

	private final Set<String> used = new HashSet<>();

	public String unique(String wanted) {
		String base = sanitize(wanted);
		String anchor = base;
		for (int n = 2; !this.used.add(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	/**
	 * The wanted id with every run of other characters replaced by "-", cut to the
	 * maximum length.
	 */
	public static String sanitize(String wanted) {
		String safe = (wanted == null) ? "" : wanted.strip().replaceAll("[^A-Za-z0-9.-]+", "-");
		safe = (safe.length() > MAX_LENGTH) ? safe.substring(0, MAX_LENGTH) : safe;
		return safe.isEmpty() ? "section" : safe;
	}

}
