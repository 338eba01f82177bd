package org.pressroom.worker.document;

/**
 * Decides which equations may be typeset: the LaTeX side's allow-list, asked once per
 * equation by the reader so that an equation refused in the PDF is a placeholder in the
 * HTML too.
 */
@FunctionalInterface
public interface EquationPolicy {

	Verdict check(String source);

	/** The repaired source to typeset, or the reason for refusing. */
	record Verdict(String typeset, String refusal) {

		public static Verdict accepted(String typeset) {
			return new Verdict(typeset, null);
		}

		public static Verdict refused(String refusal) {
			return new Verdict(null, refusal);
		}

	}

}
