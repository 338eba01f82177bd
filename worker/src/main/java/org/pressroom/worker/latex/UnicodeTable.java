package org.pressroom.worker.latex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What pdflatex can show of each non-ASCII character: typeset it from UTF-8 as it is
 * ({@code native-chars.txt}, the T1 and TS1 repertoire), or replace it with LaTeX
 * ({@code unicode-latex.tsv}, which wins over the native set).
 */
final class UnicodeTable {

	static final UnicodeTable INSTANCE = new UnicodeTable(read("native-chars.txt"), read("unicode-latex.tsv"));

	private final Set<Integer> nativeChars = new HashSet<>();

	private final Map<Integer, String> replacements = new HashMap<>();

	private UnicodeTable(String nativeChars, String replacements) {
		nativeChars.lines()
			.filter((line) -> !line.startsWith("#"))
			.forEach((line) -> line.codePoints().forEach(this.nativeChars::add));
		replacements.lines().filter((line) -> !line.startsWith("#") && !line.isBlank()).forEach((line) -> {
			String[] columns = line.split("\t", -1);
			this.replacements.put(Integer.parseInt(columns[0], 16), columns[1]);
		});
	}

	/**
	 * The LaTeX for a character: a replacement ("" drops it), or {@code null} when there
	 * is none.
	 */
	String replacement(int codePoint) {
		return this.replacements.get(codePoint);
	}

	boolean isNative(int codePoint) {
		return this.nativeChars.contains(codePoint);
	}

	/**
	 * True when the character can be shown, by replacement or natively (printable ASCII
	 * counts).
	 */
	boolean canShow(int codePoint) {
		return (codePoint >= 0x20 && codePoint < 0x7f) || this.replacements.containsKey(codePoint)
				|| isNative(codePoint);
	}

	private static String read(String name) {
		try (InputStream in = UnicodeTable.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				StringBuilder text = new StringBuilder();
				reader.lines().forEach((line) -> text.append(line).append('\n'));
				return text.toString();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
