package org.pressroom.worker.latex;

/**
 * What the current atom of a formula (its last nucleus) already carries, so that
 * {@link EquationParser} can refuse a second superscript or subscript, which TeX reports
 * as an error.
 */
final class MathAtom {

	boolean sup;

	boolean sub;

	/** The superscript so far is only primes, which a following ^ joins. */
	boolean primeOnly;

	/** The nucleus is an operator that takes \limits. */
	boolean operator;

	void nucleus(boolean isOperator) {
		this.sup = false;
		this.sub = false;
		this.primeOnly = false;
		this.operator = isOperator;
	}

}
