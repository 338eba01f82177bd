package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warnings of one render, each once and in the order raised, in constant time per
 * warning (60,000 distinct unknown element types once took a worker 267 s with a list
 * lookup, issue #12). Each is cut to {@value #MAX_LENGTH} characters and has its control
 * characters replaced (a NUL cannot go into jsonb). What a render reports keeps the first
 * {@value #MAX_SHOWN} and counts the rest ({@link #toList()}).
 */
public final class WarningList {

	static final int MAX_SHOWN = 100;

	static final int MAX_LENGTH = 500;

	private final Set<String> all = new LinkedHashSet<>();

	private final Set<String> unknownTypes = new HashSet<>();

	public void add(String warning) {
		this.all.add(clean(warning));
	}

	public void addAll(List<String> warnings) {
		warnings.forEach(this::add);
	}

	/** Warns once per element type. */
	public void unknownType(String type, String warning) {
		if (this.unknownTypes.add(type)) {
			add(warning);
		}
	}

	/**
	 * The first {@value #MAX_SHOWN} warnings, then "... and N more warnings" when there
	 * are more.
	 */
	public List<String> toList() {
		List<String> shown = new ArrayList<>(Math.min(this.all.size(), MAX_SHOWN + 1));
		for (String warning : this.all) {
			if (shown.size() == MAX_SHOWN) {
				shown.add("... and " + (this.all.size() - MAX_SHOWN) + " more warnings");
				break;
			}
			shown.add(warning);
		}
		return List.copyOf(shown);
	}

	/** Every warning, each once, in the order raised. */
	public List<String> all() {
		return List.copyOf(this.all);
	}

	private static String clean(String warning) {
		StringBuilder out = new StringBuilder(Math.min(warning.length(), MAX_LENGTH + 3));
		for (int i = 0; i < warning.length() && out.length() < MAX_LENGTH; i++) {
			char c = warning.charAt(i);
			out.append(Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(warning, i) ? '\ufffd' : c);
		}
		if (out.length() < warning.length()) {
			if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
				out.setLength(out.length() - 1);
			}
			out.append("...");
		}
		return out.toString();
	}

	private static boolean validPair(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
