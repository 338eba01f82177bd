package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which lines of a written .tex hold which section, equation and figure, recorded by the
 * writer while writing, so that an error or an overfull box in pdflatex's log can be
 * placed: in a section named for editors, on an equation or image that can be replaced by
 * its placeholder for the next try. TeX reads a moving argument (a caption, a heading)
 * whole before it typesets it, and reports an error in it on its last line, so an
 * argument's lines point at the equations in it.
 */
final class SourceMap {

	private final TreeMap<Integer, String> sections = new TreeMap<>();

	private final List<Span> equations = new ArrayList<>();

	private final Map<Integer, String> sources = new HashMap<>();

	private final List<Span> arguments = new ArrayList<>();

	private final List<Figure> figures = new ArrayList<>();

	private final int offset;

	SourceMap() {
		this(0);
	}

	private SourceMap(int offset) {
		this.offset = offset;
	}

	void section(int line, String title) {
		this.sections.put(line, title);
	}

	void equation(int number, String source, int from, int to) {
		this.equations.add(new Span(number, from, to));
		this.sources.put(number, source);
	}

	/**
	 * A moving argument from line {@code from} to {@code to} holding the equation
	 * numbered so.
	 */
	void argument(int number, int from, int to) {
		this.arguments.add(new Span(number, from, to));
	}

	void figure(String objectKey, String file, int from, int to) {
		this.figures.add(new Figure(objectKey, file, from, to));
	}

	/** The same map for the lines after {@code lines} more lines before it. */
	SourceMap shifted(int lines) {
		SourceMap shifted = new SourceMap(this.offset + lines);
		shifted.sections.putAll(this.sections);
		shifted.equations.addAll(this.equations);
		shifted.sources.putAll(this.sources);
		shifted.arguments.addAll(this.arguments);
		shifted.figures.addAll(this.figures);
		return shifted;
	}

	/**
	 * The title of the section the line is in, or {@code null} before the first section.
	 */
	String section(int line) {
		Map.Entry<Integer, String> section = this.sections.floorEntry(line - this.offset);
		return (section != null) ? section.getValue() : null;
	}

	/** The equations an error on this line may come from, the likeliest first. */
	List<Integer> equationsAt(int line) {
		int local = line - this.offset;
		List<Integer> numbers = new ArrayList<>();
		this.equations.stream().filter((span) -> span.contains(local)).forEach((span) -> numbers.add(span.number()));
		this.arguments.stream().filter((span) -> span.contains(local)).forEach((span) -> numbers.add(span.number()));
		return numbers;
	}

	/** The editor's source of an equation written. */
	String source(int equation) {
		return this.sources.getOrDefault(equation, "");
	}

	/**
	 * The figure whose image is this file (relative to the job folder, as the .tex names
	 * it).
	 */
	Optional<Figure> figureOf(String file) {
		return this.figures.stream().filter((figure) -> file.equals(figure.file())).findFirst();
	}

	/** The figure on this line. */
	Optional<Figure> figureAt(int line) {
		int local = line - this.offset;
		return this.figures.stream().filter((figure) -> local >= figure.from() && local <= figure.to()).findFirst();
	}

	/** The line the figure starts on, in the whole file. */
	int lineOf(Figure figure) {
		return figure.from() + this.offset;
	}

	private record Span(int number, int from, int to) {

		boolean contains(int line) {
			return line >= this.from && line <= this.to;
		}

	}

	record Figure(String objectKey, String file, int from, int to) {
	}

}
