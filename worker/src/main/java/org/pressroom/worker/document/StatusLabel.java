package org.pressroom.worker.document;

import java.util.Locale;

/**
 * A version status as shown: "CLOSED_REVIEW_REQUESTED" → "Closed Review Requested" (2021
 * dumps say "Draft").
 */
public final class StatusLabel {

	private StatusLabel() {
	}

	public static String of(String status) {
		if (status == null || status.isBlank()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String word : status.strip().toLowerCase(Locale.ROOT).split("[_\\s]+")) {
			if (!word.isEmpty()) {
				out.append(out.isEmpty() ? "" : " ")
					.append(Character.toUpperCase(word.charAt(0)))
					.append(word.substring(1));
			}
		}
		return out.toString();
	}

}
