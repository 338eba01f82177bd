package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.worker.document.Document;
import org.pressroom.worker.document.Warnings;

/**
 * Turns a document into a PDF: writes its LaTeX into the job folder and compiles it. An
 * equation can pass the allow-list and still stop pdflatex (a construct the parser does
 * not model), and an image can pass its checks and still be one pdfTeX cannot embed (a
 * PDF with a valid header and a damaged body): when the error lies on such an equation's
 * lines or names such an image's file, the {@link SourceMap} says which one, and the
 * document is written again with it as a placeholder and compiled again, at most
 * {@value #MAX_FALLBACKS} times, all within one time limit. Any other error fails the
 * document, named with the section it is in. Boxes that run more than
 * {@value #OVERFULL_POINTS} pt past their column are warned about, by section.
 */
public class PdfTypesetter {

	static final String TEX = "document.tex";

	static final int MAX_FALLBACKS = 5;

	/**
	 * Overfull boxes up to this much are invisible in print (a fraction of a letter's
	 * width); more is not.
	 */
	static final double OVERFULL_POINTS = 3.0;

	private static final Pattern IMAGE_FILE = Pattern.compile("\\(file (?:\\./)?(images/[^)\\s]+)\\)");

	private static final String PAGE_LIMIT = "Pressroom page limit";

	private final LatexWriter writer;

	private final PdfLatex pdfLatex;

	private final int maxPages;

	/**
	 * @param writer writes the document's LaTeX
	 * @param pdfLatex compiles it; its time limit holds for all tries together
	 * @param maxPages the page limit the writer was given, for the error past it
	 */
	public PdfTypesetter(LatexWriter writer, PdfLatex pdfLatex, int maxPages) {
		this.writer = writer;
		this.pdfLatex = pdfLatex;
		this.maxPages = maxPages;
	}

	/**
	 * @param format the precompiled format for a preamble, or {@code null}; asked once
	 * @throws LatexFailedException on a LaTeX error no placeholder can avoid, past the
	 * page limit or the time limit
	 */
	public Typeset typeset(Document document, Path jobDir, Function<String, Path> format) {
		long deadline = System.nanoTime() + this.pdfLatex.timeout().toNanos();
		Set<Integer> equations = new HashSet<>();
		Set<String> images = new HashSet<>();
		List<String> fallbacks = new ArrayList<>();
		Path formatFile = null;
		boolean formatAsked = false;
		while (true) {
			LatexSource latex = this.writer.write(document, new LatexRendering.Exclusions(equations, images));
			write(jobDir.resolve(TEX), latex.tex());
			if (!formatAsked) {
				formatFile = format.apply(latex.preamble());
				formatAsked = true;
			}
			try {
				PdfResult pdf = this.pdfLatex.compile(jobDir, TEX, formatFile, deadline);
				List<String> warnings = new ArrayList<>(fallbacks);
				warnings.addAll(latex.warnings());
				warnings.addAll(pdf.warnings());
				warnings.addAll(overfull(pdf.overfull(), latex.map()));
				return new Typeset(latex, pdf, warnings);
			}
			catch (LatexFailedException ex) {
				LatexError first = ex.errors().isEmpty() ? null : ex.errors().get(0);
				if (first != null && first.message().startsWith(PAGE_LIMIT)) {
					throw new LatexFailedException(
							"The PDF has more than " + this.maxPages
									+ " pages, the limit (pressroom.render.max-pages); shorten the document",
							ex.errors());
				}
				Optional<String> fallback = (first == null || fallbacks.size() >= MAX_FALLBACKS) ? Optional.empty()
						: fallback(first, latex.map(), equations, images);
				if (fallback.isEmpty()) {
					throw placed(ex, latex.map());
				}
				fallbacks.add(fallback.get());
			}
		}
	}

	/**
	 * Excludes the equation or image the error comes from and says so for editors; empty
	 * if it is neither.
	 */
	private static Optional<String> fallback(LatexError error, SourceMap map, Set<Integer> equations,
			Set<String> images) {
		Matcher file = IMAGE_FILE.matcher(error.message());
		Optional<SourceMap.Figure> figure = file.find() ? map.figureOf(file.group(1)) : Optional.empty();
		if (figure.isEmpty() && TEX.equals(error.file())) {
			for (int number : map.equationsAt(error.line())) {
				if (equations.add(number)) {
					return Optional.of(Warnings.equationRejected(where(map, error.line()),
							"LaTeX error: " + error.message(), map.source(number)));
				}
			}
			figure = map.figureAt(error.line());
		}
		if (figure.isPresent() && images.add(figure.get().objectKey())) {
			String reason = error.message().replaceFirst("^.*?\\(file [^)]*\\):\\s*", "");
			return Optional
				.of(Warnings.imageNotEmbedded(where(map, map.lineOf(figure.get())), figure.get().objectKey(), reason));
		}
		return Optional.empty();
	}

	/**
	 * The failure with each error placed in its section, the first one's in the message.
	 */
	private static LatexFailedException placed(LatexFailedException ex, SourceMap map) {
		if (ex.errors().isEmpty()) {
			return ex;
		}
		List<LatexError> errors = ex.errors().stream().map((error) -> placed(error, map)).toList();
		LatexError first = errors.get(0);
		String section = (first.section() != null) ? " in section \"" + first.section() + "\"" : "";
		return new LatexFailedException("LaTeX error" + section + ": " + first, errors);
	}

	/**
	 * The error in its section; one in an equation shows the editor's equation, not the
	 * line TeX stopped on.
	 */
	private static LatexError placed(LatexError error, SourceMap map) {
		if (!TEX.equals(error.file())) {
			return error;
		}
		List<Integer> equations = map.equationsAt(error.line());
		LatexError placed = error.inSection(map.section(error.line()));
		return equations.isEmpty() ? placed : placed.withContext(map.source(equations.get(0)));
	}

	/**
	 * One warning per section with boxes past the threshold: how many, and the widest.
	 */
	private static List<String> overfull(List<Overfull> boxes, SourceMap map) {
		Map<String, List<Overfull>> bySection = new LinkedHashMap<>();
		for (Overfull box : boxes) {
			if (box.points() > OVERFULL_POINTS) {
				bySection.computeIfAbsent(where(map, box.line()), (key) -> new ArrayList<>()).add(box);
			}
		}
		List<String> warnings = new ArrayList<>();
		bySection.forEach((where, list) -> warnings
			.add(Warnings.overfull(where, list.size(), list.stream().mapToDouble(Overfull::points).max().orElse(0))));
		return warnings;
	}

	private static String where(SourceMap map, int line) {
		String section = map.section(line);
		return (section != null) ? section : "Title page";
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The LaTeX as compiled last, the PDF, and every warning of the typesetting. */
	public record Typeset(LatexSource latex, PdfResult pdf, List<String> warnings) {

		public Typeset {
			warnings = List.copyOf(warnings);
		}

	}

}
