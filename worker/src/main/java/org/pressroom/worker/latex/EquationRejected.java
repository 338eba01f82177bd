package org.pressroom.worker.latex;

/**
 * Why {@link EquationParser} refused an equation, worded for an editor. {@code alignment}
 * says that wrapping the equation in an alignment would help (a top-level &amp; or \\).
 */
final class EquationRejected extends RuntimeException {

	private final boolean alignment;

	EquationRejected(String reason) {
		this(reason, false);
	}

	EquationRejected(String reason, boolean alignment) {
		super(reason, null, false, false);
		this.alignment = alignment;
	}

	boolean alignment() {
		return this.alignment;
	}

}
