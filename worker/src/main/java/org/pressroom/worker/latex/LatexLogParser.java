package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pdflatex log (written with -file-line-error and unwrapped lines). Errors are
 * the "file:line: message" lines with the "l.NNN …" context TeX prints after them, and
 * "!"-lines (pdfTeX errors) that name no place. User warnings are only what an editor can
 * act on: undefined references and characters missing from the fonts. Overfull boxes are
 * read out separately, for {@link PdfTypesetter} to place; underfull ones are no one's
 * concern.
 */
final class LatexLogParser {

	private static final Pattern FILE_LINE = Pattern.compile("^(\\S.*?\\.[A-Za-z]{1,8}):(\\d+): (.*)$");

	private static final Pattern BANG = Pattern.compile("^!\\s*(.*)$");

	private static final Pattern CONTEXT = Pattern.compile("^l\\.(\\d+) ?(.*)$");

	/** Consequences of an earlier error, reported only when nothing else is. */
	private static final Set<String> AFTERMATH = Set.of("Emergency stop.",
			"==> Fatal error occurred, no output PDF file produced!");

	private static final Pattern UNDEFINED = Pattern
		.compile("LaTeX Warning: (Reference|Hyper reference) `([^']*)' on page \\S+ undefined");

	private static final Pattern MISSING_CHARACTER = Pattern
		.compile("^Missing character: There is no .+ in font (\\S+?)!?$");

	/**
	 * "Overfull \hbox (12.3pt too wide)", then where: the last line of a paragraph or
	 * alignment, or one line.
	 */
	private static final Pattern OVERFULL = Pattern.compile("^Overfull \\\\hbox \\((\\d+(?:\\.\\d+)?)pt too wide\\) "
			+ "(?:in paragraph at lines \\d+--(\\d+)|in alignment at lines \\d+--(\\d+)|detected at line (\\d+))");

	private LatexLogParser() {
	}

	static List<Overfull> overfull(String log) {
		List<Overfull> boxes = new ArrayList<>();
		for (String line : log.lines().toList()) {
			Matcher box = OVERFULL.matcher(line);
			if (box.find()) {
				String at = (box.group(2) != null) ? box.group(2)
						: (box.group(3) != null) ? box.group(3) : box.group(4);
				boxes.add(new Overfull(Double.parseDouble(box.group(1)), Integer.parseInt(at)));
			}
		}
		return boxes;
	}

	static List<LatexError> errors(String log) {
		List<String> lines = log.lines().toList();
		List<LatexError> errors = new ArrayList<>();
		List<LatexError> aftermath = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher fileLine = FILE_LINE.matcher(lines.get(i));
			Matcher bang = BANG.matcher(lines.get(i));
			LatexError error;
			if (fileLine.matches()) {
				error = new LatexError(file(fileLine.group(1)), Integer.parseInt(fileLine.group(2)),
						fileLine.group(3).strip(), context(lines, i));
			}
			else if (bang.matches() && !bang.group(1).isEmpty()) {
				String context = context(lines, i);
				int line = (context != null) ? contextLine(lines, i) : 0;
				error = new LatexError(fileOfLine(lines, i, line), line, bang.group(1).strip(), context);
			}
			else {
				continue;
			}
			(AFTERMATH.contains(error.message()) ? aftermath : errors).add(error);
		}
		List<LatexError> found = errors.isEmpty() ? aftermath : errors;
		return List.copyOf(new LinkedHashSet<>(found));
	}

	static List<String> warnings(String log) {
		Set<String> undefined = new TreeSet<>();
		Set<String> missing = new TreeSet<>();
		for (String line : log.lines().toList()) {
			Matcher reference = UNDEFINED.matcher(line);
			if (reference.find()) {
				undefined.add(reference.group(2));
			}
			Matcher character = MISSING_CHARACTER.matcher(line);
			if (character.find()) {
				missing.add(character.group(1));
			}
		}
		List<String> warnings = new ArrayList<>();
		if (!undefined.isEmpty()) {
			warnings.add("Links to anchors that do not exist in the document: " + String.join(", ", undefined));
		}
		if (!missing.isEmpty()) {
			warnings.add("Some characters are missing from the PDF's fonts (" + String.join(", ", missing) + ")");
		}
		return warnings;
	}

	/**
	 * The file of a "!" error: TeX names it on the "file:line:" line of the error that
	 * follows (often "Emergency stop.") when that line number matches.
	 */
	private static String fileOfLine(List<String> lines, int errorIndex, int line) {
		for (int i = errorIndex + 1; i < Math.min(lines.size(), errorIndex + 30) && line > 0; i++) {
			Matcher fileLine = FILE_LINE.matcher(lines.get(i));
			if (fileLine.matches() && Integer.parseInt(fileLine.group(2)) == line) {
				return file(fileLine.group(1));
			}
		}
		return null;
	}

	/** "./document.tex" → "document.tex". */
	private static String file(String file) {
		return file.startsWith("./") ? file.substring(2) : file;
	}

	/**
	 * The "l.NNN text" line TeX prints after an error, with the rest of the line after
	 * the break, if any.
	 */
	private static String context(List<String> lines, int errorIndex) {
		int at = contextIndex(lines, errorIndex);
		if (at < 0) {
			return null;
		}
		Matcher context = CONTEXT.matcher(lines.get(at));
		context.matches();
		String after = (at + 1 < lines.size()) ? lines.get(at + 1).strip() : "";
		return (context.group(2) + (after.isEmpty() ? "" : " " + after)).strip();
	}

	private static int contextLine(List<String> lines, int errorIndex) {
		Matcher context = CONTEXT.matcher(lines.get(contextIndex(lines, errorIndex)));
		context.matches();
		return Integer.parseInt(context.group(1));
	}

	/** The index of the first context line within the next 30 lines, -1 if none. */
	private static int contextIndex(List<String> lines, int errorIndex) {
		for (int i = errorIndex + 1; i < Math.min(lines.size(), errorIndex + 30); i++) {
			if (CONTEXT.matcher(lines.get(i)).matches()) {
				return i;
			}
		}
		return -1;
	}

}
