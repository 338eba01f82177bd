package org.pressroom.worker.html;

import java.util.List;
import java.util.Map;

import org.pressroom.worker.outline.Anchors;
import org.pressroom.worker.outline.Bibliography;
import org.pressroom.worker.outline.WarningList;

/** The state of rendering one page: its references, image URLs and anchors, and the warnings raised so far. */
final class HtmlRendering {

	final Anchors anchors = new Anchors();

	final Bibliography bibliography;

	final Map<String, String> imageUrls;

	final HtmlMath math = new HtmlMath(this);

	private final WarningList warnings = new WarningList();

	HtmlRendering(Bibliography bibliography, Map<String, String> imageUrls) {
		this.bibliography = bibliography;
		this.imageUrls = imageUrls;
		bibliography.warnings().forEach(this::warn);
	}

	void warn(String warning) {
		this.warnings.add(warning);
	}

	/** Warns once per page and element type. */
	void unknownType(String type, String warning) {
		this.warnings.unknownType(type, warning);
	}

	List<String> warnings() {
		return this.warnings.toList();
	}

}
