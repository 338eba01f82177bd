package org.pressroom.worker.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The warnings one rendering raises, each once and in the order raised; an unknown element type warns once. */
public final class WarningList {

	private final List<String> warnings = new ArrayList<>();

	private final Set<String> unknownTypes = new HashSet<>();

	public void add(String warning) {
		if (!this.warnings.contains(warning)) {
			this.warnings.add(warning);
		}
	}

	public void unknownType(String type, String warning) {
		if (this.unknownTypes.add(type)) {
			add(warning);
		}
	}

	public List<String> toList() {
		return List.copyOf(this.warnings);
	}

}
