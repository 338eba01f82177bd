package org.pressroom.worker.latex;

import java.util.Locale;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.PlainText;

/**
 * Tables as longtable, which splits across pages, with ragged-right paragraph columns
 * sized by {@link ColumnWidths}, so that long cell text wraps and the table fits the
 * line. The caption goes above the table, in the head that longtable keeps with the first
 * row ({@code \\*}), so a page break never parts them. A table inside a table cell is a
 * plain tabular (longtable cannot nest), its caption a line above it. Every cell starts
 * with \relax (content starting with [ or * is never read as an option of the \\ before
 * it) and \nobreak\hspace{0pt} (so that its first word can hyphenate, and no line before
 * it is left empty). A table with a cell too long to fit on a page, which a row must, is
 * set row by row as paragraphs.
 */
final class LatexTables {

	/** Cells longer than this, in characters, may not fit on a page. */
	static final int MAX_CELL = 3_000;

	private final LatexRendering rendering;

	private final LatexBlocks blocks;

	private final LatexInlines inlines;

	LatexTables(LatexRendering rendering, LatexBlocks blocks, LatexInlines inlines) {
		this.rendering = rendering;
		this.blocks = blocks;
		this.inlines = inlines;
	}

	void table(Block.Table table, Place place) {
		if (table.rows()
			.stream()
			.anyMatch((row) -> row.cells()
				.stream()
				.anyMatch((cell) -> PlainText.ofBlocks(cell.blocks()).length() > MAX_CELL))) {
			rowsAsParagraphs(table, place);
			return;
		}
		LatexOut out = this.rendering.out;
		boolean nested = place.withinTable();
		ColumnWidths widths = nested ? ColumnWidths.filling(table) : ColumnWidths.of(table);
		Block.Caption caption = table.caption();
		boolean paragraphCaption = caption != null && (nested || caption.plain().length() > LatexFigures.MAX_CAPTION);
		if (paragraphCaption) {
			caption(caption,
					nested ? "\\par\\noindent\\textit{" : "\\refstepcounter{table}\\noindent\\tablename~\\thetable: ",
					nested ? "}\\par\n" : "\\par\n", place);
		}
		String environment = nested ? "tabular" : "longtable";
		out.append(nested ? "\\par\\noindent" : "\\par");
		out.append("\\begingroup" + widths.size()
				+ (nested ? "\\setlength{\\tabcolsep}{3pt}" : tabcolsep(table.columns())));
		StringBuilder spec = new StringBuilder();
		for (int i = 0; i < table.columns(); i++) {
			spec.append(">{\\raggedright\\arraybackslash}p{\\dimexpr")
				.append(String.format(Locale.ROOT, "%.4f", widths.share(i)))
				.append("\\linewidth-2\\tabcolsep\\relax}");
		}
		out.append("\\begin{" + environment + "}{" + spec + "}\n");
		if (caption != null && !paragraphCaption) {
			caption(caption, "\\caption[" + this.rendering.shortForm(caption) + "]{", "}\\\\*\n", place);
		}
		out.append("\\toprule\n");
		if (table.header() != null) {
			row(table.header(), true, place, nested ? " \\\\\n" : " \\\\*\n");
			out.append("\\midrule\n");
		}
		if (!nested) {
			out.append("\\endfirsthead\n");
			if (table.header() != null) {
				out.append("\\toprule\n");
				row(table.header(), true, place, " \\\\\n");
				out.append("\\midrule\n");
			}
			out.append("\\endhead\n");
		}
		for (Block.Row row : table.rows()) {
			row(row, false, place, " \\\\\n");
		}
		out.append("\\bottomrule\n\\end{" + environment + "}\\endgroup\\par\n\n");
	}

	private void row(Block.Row row, boolean header, Place place, String end) {
		LatexOut out = this.rendering.out;
		for (int i = 0; i < row.cells().size(); i++) {
			out.append(((i > 0) ? " & " : "") + "\\relax" + (header ? "\\bfseries" : "") + "\\nobreak\\hspace{0pt}");
			this.blocks.write(row.cells().get(i).blocks(), place.inCell());
			out.dropTrailingNewlines();
		}
		out.append(end);
	}

	private void caption(Block.Caption caption, String command, String end, Place place) {
		LatexOut out = this.rendering.out;
		int from = out.line();
		int equations = this.rendering.equationsSoFar();
		out.append(command);
		this.inlines.write(caption.content(), place.inline());
		out.append(end);
		this.rendering.argument(equations, from, out.line());
	}

	/**
	 * Each row as a bold "Row n" line and its cells' blocks, for a table one of whose
	 * cells cannot fit a page.
	 */
	private void rowsAsParagraphs(Block.Table table, Place place) {
		LatexOut out = this.rendering.out;
		if (table.caption() != null) {
			caption(table.caption(), "\\refstepcounter{table}\\noindent\\tablename~\\thetable: ", "\\par\n\n", place);
		}
		int number = 0;
		for (Block.Row row : table.rows()) {
			out.append("\\par\\noindent\\textbf{Row " + ++number + "}\\par\n");
			for (Block.Cell cell : row.cells()) {
				this.blocks.write(cell.blocks(), place);
			}
		}
		out.append("\n");
	}

	/**
	 * Less space between columns the more there are, so that narrow columns keep room for
	 * text.
	 */
	private static String tabcolsep(int columns) {
		return (columns > 12) ? "\\setlength{\\tabcolsep}{1.5pt}"
				: (columns > 6) ? "\\setlength{\\tabcolsep}{3pt}" : "";
	}

}
