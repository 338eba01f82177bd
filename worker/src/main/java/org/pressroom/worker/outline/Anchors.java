package org.pressroom.worker.outline;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out link targets that are safe in HTML ids and in LaTeX labels and PDF destinations (letters, digits,
 * '-' and '.'), and unique within one document: a repeated id gets "-2", "-3". Both renderings ask in the same
 * order, so they agree.
 */
public final class Anchors {

	private final Set<String> used = new HashSet<>();

	public String unique(String wanted) {
		String base = sanitize(wanted);
		String anchor = base;
		for (int n = 2; !this.used.add(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	/** The wanted id with every run of other characters replaced by "-". */
	public static String sanitize(String wanted) {
		String safe = (wanted == null) ? "" : wanted.strip().replaceAll("[^A-Za-z0-9.-]+", "-");
		return safe.isEmpty() ? "section" : safe;
	}

}
