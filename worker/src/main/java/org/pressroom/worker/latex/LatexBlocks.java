package org.pressroom.worker.latex;

import java.util.List;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Reference;

/**
 * Blocks as LaTeX: paragraphs, lists, headings, display equations, figures
 * ({@link LatexFigures}), tables ({@link LatexTables}) and the reference list. Where a
 * block sits ({@link Place}) decides the commands: a heading inside a list or table cell
 * is a bold line, as sectioning cannot go there.
 */
final class LatexBlocks implements Block.Visitor<Void> {

	private static final String[] SECTIONING = { "section", "section", "subsection", "subsubsection", "paragraph",
			"subparagraph" };

	/**
	 * Longer headings are set as bold paragraphs: a heading cannot break across pages.
	 */
	static final int MAX_HEADING = 300;

	private final LatexRendering rendering;

	private final LatexInlines inlines;

	private final LatexFigures figures;

	private final LatexTables tables;

	private Place place = Place.section(1);

	LatexBlocks(LatexRendering rendering) {
		this.rendering = rendering;
		this.inlines = new LatexInlines(rendering);
		this.figures = new LatexFigures(rendering, this.inlines);
		this.tables = new LatexTables(rendering, this, this.inlines);
	}

	/** Writes the blocks as they go in this place. */
	void write(List<Block> blocks, Place place) {
		Place outer = this.place;
		this.place = place;
		blocks.forEach((block) -> block.accept(this));
		this.place = outer;
	}

	@Override
	public Void paragraph(Block.Paragraph paragraph) {
		this.inlines.write(paragraph.content(), this.place);
		this.rendering.out.append("\n\n");
		return null;
	}

	@Override
	public Void heading(Block.Heading heading) {
		LatexOut out = this.rendering.out;
		if (this.place.nested() || heading.plain().length() > MAX_HEADING) {
			out.append("\\par\\hypertarget{" + heading.anchor() + "}{}\\textbf{");
			this.inlines.write(heading.content(), this.place);
			out.append("}\\par\n\n");
			return null;
		}
		String command = SECTIONING[Math.min(heading.level(), SECTIONING.length - 1)];
		int from = out.line();
		int equations = this.rendering.equationsSoFar();
		out.append("\\" + command + "[" + this.rendering.text.escape(heading.plain()) + "]{");
		this.inlines.write(heading.content(), this.place.inline());
		out.append("}");
		this.rendering.argument(equations, from, out.line());
		out.append("\\label{" + heading.anchor() + "}\n\n");
		return null;
	}

	@Override
	public Void list(Block.ItemList list) {
		String environment = list.ordered() ? "enumerate" : "itemize";
		LatexOut out = this.rendering.out;
		out.append("\\begin{" + environment + "}\n");
		for (Block.Item item : list.items()) {
			out.append(
					(item.label() != null) ? "\\item[" + this.rendering.text.escape(item.label()) + "] " : "\\item{} ");
			write(item.blocks(), this.place.inList());
			out.dropTrailingNewlines();
			out.append("\n");
		}
		out.append("\\end{" + environment + "}\n\n");
		return null;
	}

	@Override
	public Void displayMath(Block.DisplayMath math) {
		String latex = this.rendering.math(math.equation());
		LatexOut out = this.rendering.out;
		if (latex == null) {
			out.append("\\begin{center}\\equationfailed\\end{center}\n\n");
			return null;
		}
		// Joined to the paragraph before it: a display opened in vertical mode adds an
		// empty line above.
		if (out.endsWithBlankLine()) {
			out.dropTrailingNewline();
		}
		out.startLine();
		int from = out.line();
		// \fitmath scales an equation wider than the line down to it: nothing runs off
		// the page.
		out.append("\\[\\fitmath{\n" + latex + "\n}\\]\n");
		this.rendering.map.equation(math.equation().number(), math.equation().source(), from, out.line() - 1);
		return null;
	}

	@Override
	public Void figure(Block.Figure figure) {
		this.figures.figure(figure, this.place);
		return null;
	}

	@Override
	public Void table(Block.Table table) {
		this.tables.table(table, this.place);
		return null;
	}

	@Override
	public Void references(Block.References references) {
		LatexOut out = this.rendering.out;
		out.append("\\begin{references}\n");
		for (Reference reference : references.entries()) {
			out.append("\\item[\\hypertarget{" + reference.anchor() + "}{}{[}" + reference.number() + "{]}] ");
			this.inlines.write(reference.content(), this.place);
			out.append("\n");
		}
		out.append("\\end{references}\n\n");
		return null;
	}

	@Override
	public Void unknown(Block.UnknownBlock unknown) {
		write(unknown.blocks(), this.place);
		return null;
	}

}
