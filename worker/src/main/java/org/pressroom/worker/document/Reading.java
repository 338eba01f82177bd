package org.pressroom.worker.document;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of reading one document: the section being read (for warnings), anchors, the
 * reference list, the images at hand, the equation policy and count, and the warnings
 * raised so far.
 */
final class Reading {

	final WarningList warnings = new WarningList();

	final Anchors anchors = new Anchors();

	final Bibliography bibliography;

	private final Map<String, Image> images;

	private final EquationPolicy policy;

	private final Set<String> imagesWarned = new HashSet<>();

	private int equations;

	/** The title of the section being read. */
	String where = "Document";

	Reading(Bibliography bibliography, Map<String, Image> images, EquationPolicy policy) {
		this.bibliography = bibliography;
		this.images = images;
		this.policy = policy;
		bibliography.warnings().forEach(this.warnings::add);
	}

	void warn(String warning) {
		this.warnings.add(warning);
	}

	void unknownType(String type) {
		this.warnings.unknownType(type, Warnings.unknownElement(this.where, type));
	}

	/** The next equation, checked by the policy; a refused one is warned about. */
	Equation equation(String source) {
		EquationPolicy.Verdict verdict = this.policy.check(source);
		Equation equation = new Equation(++this.equations, source, verdict.typeset(), verdict.refusal());
		if (!equation.accepted()) {
			warn(Warnings.equationRejected(this.where, verdict.refusal(), source));
		}
		return equation;
	}

	/**
	 * The image for an objectKey; one that is not available is warned about once, where
	 * it is first shown.
	 */
	Image image(String objectKey) {
		Image image = objectKey.isBlank() ? Image.unavailable(objectKey, "the figure names no image file")
				: this.images.getOrDefault(objectKey, Image.unavailable(objectKey, "it was not fetched"));
		if (!image.isAvailable() && this.imagesWarned.add(objectKey)) {
			warn(Warnings.missingImage(this.where, objectKey, image.problem()));
		}
		return image;
	}

}
