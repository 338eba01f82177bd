package org.pressroom.worker.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pressroom.worker.document.Block;
import org.pressroom.worker.document.Equation;
import org.pressroom.worker.document.Image;

/**
 * The state of writing one document: the output, the escaper (which collects unmapped
 * characters), the equations and images to show as placeholders after a failed compile,
 * and the source map.
 */
final class LatexRendering {

	final LatexText text = new LatexText();

	final LatexOut out = new LatexOut();

	final SourceMap map = new SourceMap();

	private final EquationAllowList allowList = new EquationAllowList(this.text);

	private final Exclusions exclusions;

	/** The numbers of the equations written so far, in order. */
	private final List<Integer> written = new ArrayList<>();

	LatexRendering(Exclusions exclusions) {
		this.exclusions = exclusions;
	}

	/**
	 * The equation's LaTeX, or {@code null} when it is refused or excluded: the
	 * placeholder goes there.
	 */
	String math(Equation equation) {
		if (!equation.accepted() || this.exclusions.equations().contains(equation.number())) {
			return null;
		}
		EquationAllowList.Checked checked = this.allowList.check(equation.typeset());
		if (!checked.isAccepted()) {
			return null;
		}
		this.written.add(equation.number());
		return checked.latex();
	}

	/** How many equations have been written so far; see {@link #argument}. */
	int equationsSoFar() {
		return this.written.size();
	}

	/**
	 * Records a moving argument on these lines, holding the equations written since
	 * {@code equationsBefore}.
	 */
	void argument(int equationsBefore, int from, int to) {
		for (int i = equationsBefore; i < this.written.size(); i++) {
			this.map.argument(this.written.get(i), from, to);
		}
	}

	/**
	 * Whether the image can be included: available, named as the fetcher names files
	 * (nothing TeX would misread), and not excluded after it stopped pdflatex.
	 */
	boolean includes(Image image) {
		return image.isAvailable() && image.file().matches("[A-Za-z0-9][A-Za-z0-9/._-]*")
				&& !this.exclusions.images().contains(image.objectKey());
	}

	/**
	 * A caption's plain text for the list of figures or tables (the optional argument of
	 * \caption), which LaTeX writes to the .aux on one line: at most 200 characters.
	 */
	String shortForm(Block.Caption caption) {
		String plain = caption.plain();
		return this.text.escape((plain.length() > 200) ? plain.substring(0, 197) + "..." : plain);
	}

	List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		this.text.unmappedWarning().ifPresent(warnings::add);
		return warnings;
	}

	/**
	 * What to show as placeholders: equations by number and images by objectKey that
	 * stopped pdflatex before.
	 */
	record Exclusions(Set<Integer> equations, Set<String> images) {

		static final Exclusions NONE = new Exclusions(Set.of(), Set.of());

		Exclusions {
			equations = Set.copyOf(equations);
			images = Set.copyOf(images);
		}

	}

}
