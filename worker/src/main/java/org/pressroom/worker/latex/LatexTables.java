package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables as longtable, which splits across pages, with equal paragraph columns so that long cell text wraps. A
 * table inside a table cell is a plain tabular (longtable cannot nest). Every cell starts with \relax so that
 * content starting with [ or * is never read as an option of the \\ before it.
 */
final class LatexTables {

	private LatexTables() {
	}

	/**
	 * @param header cells of a header row repeated on every page, or {@code null}
	 * @param rows the cells of each row, as LaTeX
	 * @param caption the caption as LaTeX and its plain form for the list of tables, or {@code null}
	 * @param nested whether the table sits in a table cell
	 */
	static String table(List<String> header, List<List<String>> rows, Caption caption, boolean nested) {
		int columns = (header != null) ? header.size() : 0;
		for (List<String> row : rows) {
			columns = Math.max(columns, row.size());
		}
		if (columns == 0) {
			return "";
		}
		String environment = nested ? "tabular" : "longtable";
		StringBuilder out = new StringBuilder();
		out.append(nested ? "\\par\\noindent" : "")
			.append("\\begin{").append(environment).append("}{*{").append(columns)
			.append("}{p{\\dimexpr\\linewidth/").append(columns).append("-2\\tabcolsep\\relax}}}\n\\toprule\n");
		if (header != null) {
			row(out, header, columns);
			out.append("\\midrule\n").append(nested ? "" : "\\endhead\n");
		}
		for (List<String> row : rows) {
			row(out, row, columns);
		}
		out.append("\\bottomrule\n");
		if (caption != null && !nested) {
			out.append("\\caption[").append(caption.plain()).append("]{").append(caption.latex()).append("}\\\\\n");
		}
		out.append("\\end{").append(environment).append("}\n");
		if (caption != null && nested) {
			out.append("\\par\\textit{").append(caption.latex()).append("}\\par\n");
		}
		return out.append('\n').toString();
	}

	private static void row(StringBuilder out, List<String> cells, int columns) {
		List<String> padded = new ArrayList<>(cells);
		while (padded.size() < columns) {
			padded.add("");
		}
		for (int i = 0; i < columns; i++) {
			out.append((i > 0) ? " & " : "").append("\\relax ").append(padded.get(i).strip());
		}
		out.append(" \\\\\n");
	}

	/** A caption as LaTeX, and as plain escaped text for the list of tables (a moving argument). */
	record Caption(String latex, String plain) {
	}

}
