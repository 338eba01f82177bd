package org.pressroom.app.render;

import java.util.List;
import java.util.Map;

/**
 * One document of the hostile and edge-case suite and what must come of it.
 *
 * @param alias the ATBD's alias, naming the case
 * @param documentJson the version's document, any JSON (even {@code null})
 * @param images objects stored under the ATBD's images before the version commits
 * @param warnings what the warnings must be, exactly; for a failed case, what the error
 * must contain
 * @param shown texts the PDF must show (compared without whitespace and hyphens)
 */
record HostileCase(String alias, String documentJson, Map<String, byte[]> images, String state, List<String> warnings,
		List<String> shown) {

	static HostileCase succeeds(String alias, Object document, List<String> warnings, String... shown) {
		return new HostileCase(alias, String.valueOf(document), Map.of(), "succeeded", warnings, List.of(shown));
	}

	static HostileCase fails(String alias, Object document, String... error) {
		return new HostileCase(alias, String.valueOf(document), Map.of(), "failed", List.of(error), List.of());
	}

	HostileCase withImages(Map<String, byte[]> images) {
		return new HostileCase(this.alias, this.documentJson, images, this.state, this.warnings, this.shown);
	}

}
