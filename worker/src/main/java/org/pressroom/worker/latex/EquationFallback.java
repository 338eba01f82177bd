package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The second line of defence for equations: one that passed {@link EquationAllowList} can still stop pdflatex (a
 * construct the parser does not model). {@link LatexWriter} puts a marker comment line before each equation, which
 * text cannot forge (text escapes %, equations may not contain it), and the equation on the lines after it (an
 * equation never spans lines). When pdflatex reports an error on such a line, {@link PdfLatex} replaces that
 * equation with the placeholder and compiles again, so the rest of the document still renders. An error TeX
 * reports later (in a caption, whose argument TeX reads whole first) fails the document as before.
 */
final class EquationFallback {

	private static final String MARKER = "%pressroom-equation ";

	private EquationFallback() {
	}

	/** A display equation: the marker, then \[, the equation and \] on three lines. */
	static String display(String where, String latex) {
		return MARKER + "display " + oneLine(where) + "\n\\[\n" + latex + "\n\\]\n";
	}

	/**
	 * An inline equation: the marker on a line of its own, then the equation at the start of the next line, which
	 * the text after it continues. The % before the marker keeps it from adding a space.
	 */
	static String inline(String where, String latex) {
		return "%\n" + MARKER + "inline " + oneLine(where) + "\n\\(" + latex + "\\)";
	}

	/**
	 * Replaces the marked equation on the error's line with a placeholder.
	 * @return the warning for the editor, or empty when the error is not on a marked equation of {@code tex}
	 */
	static Optional<String> disable(Path tex, LatexError error) {
		if (error.file() == null || !tex.getFileName().toString().equals(error.file())) {
			return Optional.empty();
		}
		List<String> lines = new ArrayList<>(read(tex).lines().toList());
		int errorIndex = error.line() - 1;
		for (int marker = Math.max(0, errorIndex - 3); marker < errorIndex && marker < lines.size(); marker++) {
			if (!lines.get(marker).startsWith(MARKER)) {
				continue;
			}
			String[] kindAndWhere = lines.get(marker).substring(MARKER.length()).split(" ", 2);
			String where = (kindAndWhere.length > 1) ? kindAndWhere[1] : "Document";
			String equation;
			if (kindAndWhere[0].equals("display") && errorIndex <= marker + 3 && marker + 3 < lines.size()) {
				equation = lines.get(marker + 2);
				lines.subList(marker, marker + 4).clear();
				lines.add(marker, "\\begin{center}\\equationfailed\\end{center}");
			}
			else if (kindAndWhere[0].equals("inline") && errorIndex == marker + 1) {
				String line = lines.get(marker + 1);
				int end = inlineEnd(line);
				if (end < 0) {
					return Optional.empty();
				}
				equation = line.substring(2, end - 2);
				lines.subList(marker, marker + 2).clear();
				lines.add(marker, "\\equationfailed{}" + line.substring(end));
			}
			else {
				continue;
			}
			write(tex, String.join("\n", lines) + "\n");
			return Optional.of(where + ": equation not rendered (LaTeX error: " + error.message() + "): "
					+ abbreviate(equation));
		}
		return Optional.empty();
	}

	/** The index after the \) that closes the \( at the start of the line, skipping control sequences. */
	private static int inlineEnd(String line) {
		if (!line.startsWith("\\(")) {
			return -1;
		}
		for (int i = 2; i + 1 < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				if (line.charAt(i + 1) == ')') {
					return i + 2;
				}
				i++;
			}
		}
		return -1;
	}

	private static String oneLine(String where) {
		return where.replaceAll("[\\r\\n]+", " ");
	}

	private static String abbreviate(String equation) {
		String shown = equation.strip();
		return (shown.length() > 80) ? shown.substring(0, 77) + "..." : shown;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
