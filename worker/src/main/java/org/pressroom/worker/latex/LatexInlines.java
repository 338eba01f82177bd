package org.pressroom.worker.latex;

import java.util.List;

import org.pressroom.worker.document.Inline;
import org.pressroom.worker.document.Marks;

/**
 * Inline content as LaTeX: text with its marks, links, citations of the reference list
 * and inline equations. A line break becomes \newline where a paragraph is being set and
 * a space in moving arguments. Each inline equation gets a line of its own, recorded in
 * the source map, so that an error pdflatex reports in it names it.
 */
final class LatexInlines implements Inline.Visitor<Void> {

	/**
	 * A line break inside a paragraph; \leavevmode because one at a paragraph's start has
	 * no line to end.
	 */
	static final String LINE_BREAK = "\\leavevmode\\newline{}";

	private final LatexRendering rendering;

	private Place place = Place.section(1);

	LatexInlines(LatexRendering rendering) {
		this.rendering = rendering;
	}

	/** Writes the content as it goes in this place. */
	void write(List<Inline> content, Place place) {
		Place outer = this.place;
		this.place = place;
		content.forEach((inline) -> inline.accept(this));
		this.place = outer;
	}

	@Override
	public Void text(Inline.Text text) {
		this.rendering.out
			.append(marked(text.marks(), this.rendering.text.escape(text.text(), this.place.withinTable())));
		return null;
	}

	@Override
	public Void lineBreak(Inline.LineBreak lineBreak) {
		this.rendering.out.append(this.place.inlineOnly() ? " " : LINE_BREAK);
		return null;
	}

	@Override
	public Void link(Inline.Link link) {
		this.rendering.out.append(link.internal() ? "\\hyperref[" + link.target() + "]{"
				: "\\href{" + LatexUrl.href(link.target()) + "}{");
		write(link.label(), this.place.inline());
		this.rendering.out.append("}");
		return null;
	}

	@Override
	public Void citation(Inline.Citation citation) {
		this.rendering.out.append(citation.resolved()
				? "\\hyperlink{" + citation.anchor() + "}{{[}" + citation.number() + "{]}}" : "{[}?{]}");
		return null;
	}

	@Override
	public Void math(Inline.InlineMath math) {
		String latex = this.rendering.math(math.equation());
		if (latex == null) {
			this.rendering.out.append("\\equationfailed{}");
			return null;
		}
		LatexOut out = this.rendering.out.startLine();
		out.append("\\(" + latex + "\\)");
		this.rendering.map.equation(math.equation().number(), math.equation().source(), out.line(), out.line());
		out.endLine();
		return null;
	}

	@Override
	public Void unknown(Inline.UnknownInline unknown) {
		write(unknown.content(), this.place);
		return null;
	}

	private static String marked(Marks marks, String latex) {
		String marked = latex;
		if (marks.superscript()) {
			marked = "\\textsuperscript{" + marked + "}";
		}
		else if (marks.subscript()) {
			marked = "\\textsubscript{" + marked + "}";
		}
		if (marks.underline()) {
			marked = "\\underline{" + marked + "}";
		}
		if (marks.italic()) {
			marked = "\\textit{" + marked + "}";
		}
		if (marks.bold()) {
			marked = "\\textbf{" + marked + "}";
		}
		return marked;
	}

}
