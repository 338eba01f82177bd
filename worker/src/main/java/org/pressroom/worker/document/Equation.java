package org.pressroom.worker.document;

/**
 * An equation of the document, display or inline.
 *
 * @param number its place among the document's equations, from 1 in reading order, so
 * that a writer can be told to show equation N as a placeholder
 * @param source the LaTeX the editor wrote
 * @param typeset the source as the equation policy accepted and repaired it (delimiters
 * dropped, alignments added), or {@code null} when it was refused
 * @param refusal why the policy refused it, or {@code null}
 */
public record Equation(int number, String source, String typeset, String refusal) {

	public boolean accepted() {
		return this.refusal == null;
	}

}
