package org.pressroom.worker.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pressroom.worker.outline.Anchors;
import org.pressroom.worker.outline.Bibliography;

/** The state of rendering one page: its references, image URLs and anchors, and the warnings raised so far. */
final class HtmlRendering {

	final Anchors anchors = new Anchors();

	final Bibliography bibliography;

	final Map<String, String> imageUrls;

	private final List<String> warnings = new ArrayList<>();

	private final Set<String> unknownTypes = new HashSet<>();

	HtmlRendering(Bibliography bibliography, Map<String, String> imageUrls) {
		this.bibliography = bibliography;
		this.imageUrls = imageUrls;
	}

	void warn(String warning) {
		if (!this.warnings.contains(warning)) {
			this.warnings.add(warning);
		}
	}

	/** Warns once per page and element type. */
	void unknownType(String type, String warning) {
		if (this.unknownTypes.add(type)) {
			warn(warning);
		}
	}

	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

}
