package org.pressroom.worker.latex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressroom.worker.outline.Anchors;
import org.pressroom.worker.outline.Bibliography;
import org.pressroom.worker.outline.WarningList;
import org.pressroom.worker.outline.Warnings;

/** The state of rendering one document: its references, images and anchors, and the warnings raised so far. */
final class LatexRendering {

	final LatexText text = new LatexText();

	final EquationAllowList equations = new EquationAllowList(this.text);

	final Anchors anchors = new Anchors();

	final Bibliography bibliography;

	final Map<String, Path> images;

	private final WarningList warnings = new WarningList();

	LatexRendering(Bibliography bibliography, Map<String, Path> images) {
		this.bibliography = bibliography;
		this.images = images;
		bibliography.warnings().forEach(this::warn);
	}

	void warn(String warning) {
		this.warnings.add(warning);
	}

	/** Warns once per document and element type. */
	void unknownType(String type, String warning) {
		this.warnings.unknownType(type, warning);
	}

	void equationRejected(String where, String reason, String source) {
		warn(Warnings.equationRejected(where, reason, source));
	}

	List<String> warnings() {
		List<String> all = new ArrayList<>(this.warnings.toList());
		this.text.unmappedWarning().ifPresent(all::add);
		return all;
	}

}
