package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.List;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.PlainText;

/**
 * How wide each column of a table is, as a share of the line, and how small its font, so
 * that the table fits the line and narrow cells wrap (issue #13): each column wants room
 * for its longest cell and needs room for its longest word, in characters. When all
 * columns' longest cells fit, each gets that; when only their longest words fit, each
 * gets its word and a share of what is left by how much more it wants; when not even the
 * words fit, the font shrinks (footnotesize, scriptsize, tiny), and at the smallest the
 * shares go by words and long tokens break anywhere.
 */
final class ColumnWidths {

	/**
	 * About the characters of 11 pt text on the 6.5 in line of letter paper with 1 in
	 * margins.
	 */
	static final double LINE_CHARACTERS = 80;

	private static final String[] SIZES = { "", "\\footnotesize", "\\scriptsize", "\\tiny" };

	/** How many more characters a line holds in each size. */
	private static final double[] SCALES = { 1.0, 1.2, 1.4, 2.0 };

	/**
	 * Words longer than this break by themselves (long tokens get break points, words
	 * hyphenate).
	 */
	private static final int LONGEST_WORD = 15;

	private static final int LONGEST_CELL = 120;

	private final double[] shares;

	private final String size;

	private ColumnWidths(double[] shares, String size) {
		this.shares = shares;
		this.size = size;
	}

	/** Widths for a table on the text's line. */
	static ColumnWidths of(Block.Table table) {
		return of(table, false);
	}

	/**
	 * Widths for a table in a table cell, whose width in characters is not known here:
	 * the columns share the whole cell by what they want.
	 */
	static ColumnWidths filling(Block.Table table) {
		return of(table, true);
	}

	private static ColumnWidths of(Block.Table table, boolean filling) {
		int columns = table.columns();
		double[] wanted = new double[columns];
		double[] needed = new double[columns];
		List<Block.Row> rows = new ArrayList<>(table.rows());
		if (table.header() != null) {
			rows.add(table.header());
		}
		for (Block.Row row : rows) {
			for (int i = 0; i < columns; i++) {
				String text = PlainText.ofBlocks(row.cells().get(i).blocks());
				wanted[i] = Math.max(wanted[i], characters(Math.min(width(text), LONGEST_CELL)));
				needed[i] = Math.max(needed[i], characters(Math.min(longestWord(text), LONGEST_WORD)));
			}
		}
		double wantedSum = sum(wanted);
		double neededSum = sum(needed);
		if (filling) {
			double[] shares = new double[columns];
			for (int i = 0; i < columns; i++) {
				shares[i] = wanted[i] / wantedSum;
			}
			return new ColumnWidths(shares, "");
		}
		for (int size = 0; size < SIZES.length; size++) {
			double line = LINE_CHARACTERS * SCALES[size];
			double[] shares = new double[columns];
			if (wantedSum <= line) {
				// Room to spare: each column gets up to half as much again, as the counts
				// are estimates.
				double scale = Math.min(1.5, line / wantedSum);
				for (int i = 0; i < columns; i++) {
					shares[i] = wanted[i] * scale / line;
				}
				return new ColumnWidths(shares, SIZES[size]);
			}
			if (neededSum <= line) {
				double spare = (line - neededSum) / (wantedSum - neededSum);
				for (int i = 0; i < columns; i++) {
					shares[i] = (needed[i] + (wanted[i] - needed[i]) * spare) / line;
				}
				return new ColumnWidths(shares, SIZES[size]);
			}
		}
		double[] shares = new double[columns];
		for (int i = 0; i < columns; i++) {
			shares[i] = needed[i] / neededSum;
		}
		return new ColumnWidths(shares, SIZES[SIZES.length - 1]);
	}

	/**
	 * The column's width as a share of \linewidth, all of them adding up to at most 1.
	 */
	double share(int column) {
		return this.shares[column];
	}

	/** The font size command for the table ("" for the normal size). */
	String size() {
		return this.size;
	}

	/**
	 * The room for so many average characters: a margin (bold headers) and three for the
	 * space between columns.
	 */
	private static double characters(double count) {
		return count * 1.1 + 3;
	}

	private static double longestWord(String text) {
		double longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, width(word));
		}
		return longest;
	}

	/**
	 * A text's width in average characters: capitals and digits are wider, about a third.
	 */
	private static double width(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += (Character.isUpperCase(c) || Character.isDigit(c)) ? 1.35 : 1.0;
		}
		return width;
	}

	private static double sum(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum;
	}

}
