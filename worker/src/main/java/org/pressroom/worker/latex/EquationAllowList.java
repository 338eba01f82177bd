package org.pressroom.worker.latex;

import org.pressroom.worker.document.EquationPolicy;

/**
 * Decides whether an equation's raw LaTeX may go into the document: the only raw LaTeX
 * Pressroom passes to pdflatex. The document reader asks it once per equation
 * ({@link #policy()}), so that an equation refused in the PDF is a placeholder in the
 * browser as well, with one warning. {@link EquationParser} checks it against the
 * allow-list; the ^^ notation, which can spell any command, is refused before parsing.
 * Common slips are repaired rather than refused: surrounding $…$ or \[…\] are dropped,
 * and a top-level &amp; or \\ is wrapped in an aligned (or gathered) block.
 */
public final class EquationAllowList {

	/**
	 * Longer equations are refused: no real one comes near, and it bounds the work of a
	 * hostile one.
	 */
	static final int MAX_LENGTH = 10_000;

	private final LatexText text;

	/**
	 * An allow-list for the verdict and the repaired source, not the LaTeX (whose
	 * characters it maps).
	 */
	public EquationAllowList() {
		this(new LatexText());
	}

	EquationAllowList(LatexText text) {
		this.text = text;
	}

	/**
	 * The allow-list as the document reader asks it: the repaired source, or the reason
	 * for refusing. Safe to share between threads: each check has an allow-list (and
	 * character map) of its own.
	 */
	public static EquationPolicy policy() {
		return (source) -> {
			Checked checked = new EquationAllowList().check(source);
			return checked.isAccepted() ? EquationPolicy.Verdict.accepted(checked.source())
					: EquationPolicy.Verdict.refused(checked.rejection());
		};
	}

	/**
	 * The equation ready to emit between math delimiters, or the reason it was refused.
	 */
	public Checked check(String equation) {
		String source = unwrap((equation == null) ? "" : equation.replaceAll("[\\r\\n\\t]", " ").strip());
		if (source.isEmpty()) {
			return Checked.rejected("the equation is empty");
		}
		if (source.length() > MAX_LENGTH) {
			return Checked.rejected("the equation is longer than " + MAX_LENGTH + " characters");
		}
		if (source.contains("^^")) {
			return Checked.rejected("the ^^ notation is not allowed in equations");
		}
		try {
			return Checked.accepted(new EquationParser(source, this.text, 0).parse(), source);
		}
		catch (EquationRejected ex) {
			if (!ex.alignment()) {
				return Checked.rejected(ex.getMessage());
			}
			try {
				boolean aligned = source.contains("&");
				String environment = aligned ? "aligned" : "gathered";
				String begin = "\\begin{" + environment + "}";
				String end = "\\end{" + environment + "}";
				return Checked.accepted(
						begin + new EquationParser(source, this.text, aligned ? Integer.MAX_VALUE : 1).parse() + end,
						begin + source + end);
			}
			catch (EquationRejected again) {
				return Checked.rejected(again.getMessage());
			}
		}
	}

	private static String unwrap(String source) {
		String[][] delimiters = { { "$$", "$$" }, { "\\[", "\\]" }, { "\\(", "\\)" }, { "$", "$" } };
		for (String[] pair : delimiters) {
			int inner = source.length() - pair[0].length() - pair[1].length();
			if (inner > 0 && source.startsWith(pair[0]) && source.endsWith(pair[1])) {
				return source.substring(pair[0].length(), source.length() - pair[1].length()).strip();
			}
		}
		return source;
	}

	/**
	 * An equation's verdict.
	 *
	 * @param latex the LaTeX to emit, or {@code null} when rejected
	 * @param rejection why it was rejected, or {@code null}
	 * @param source the editor's equation with the same repairs (delimiters dropped,
	 * alignment added) but its characters unmapped, for a browser's typesetter;
	 * {@code null} when rejected
	 */
	public record Checked(String latex, String rejection, String source) {

		static Checked accepted(String latex, String source) {
			return new Checked(latex, null, source);
		}

		static Checked rejected(String rejection) {
			return new Checked(null, rejection, null);
		}

		public boolean isAccepted() {
			return this.rejection == null;
		}

	}

}
