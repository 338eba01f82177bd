package org.pressroom.worker.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * APT's publication references as a numbered list. Numbers follow the stored order (APT
 * keeps it as the authors arranged it, usually alphabetical), so the PDF and the HTML
 * number every reference alike, cited or not.
 */
final class Bibliography {

	private final List<Reference> references;

	private final Map<String, Reference> byId;

	private final List<String> warnings = new ArrayList<>();

	private Bibliography(List<Reference> references) {
		this.references = List.copyOf(references);
		this.byId = new HashMap<>();
		for (Reference reference : references) {
			Reference first = this.byId.putIfAbsent(reference.id(), reference);
			if (first != null && !reference.id().isEmpty()) {
				// APT does not enforce unique ids; the first entry wins, as in APT's own
				// PDF.
				this.warnings.add(Warnings.duplicateReference(reference.id(), first.number(), reference.number()));
			}
		}
	}

	static Bibliography of(JsonNode publicationReferences) {
		List<Reference> references = new ArrayList<>();
		Anchors anchors = new Anchors();
		for (JsonNode entry : publicationReferences.isArray() ? publicationReferences : List.<JsonNode>of()) {
			if (entry.isObject()) {
				int number = references.size() + 1;
				String id = CleanText.line(Slate.string(entry.path("id")));
				String anchor = anchors.unique("ref-" + (id.isEmpty() ? String.valueOf(number) : id));
				references.add(new Reference(number, id, anchor, ReferenceFormat.format(entry)));
			}
		}
		return new Bibliography(references);
	}

	List<Reference> references() {
		return this.references;
	}

	/** Problems with the list itself (duplicate ids), worded for editors. */
	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	/**
	 * The reference a {@code ref} node's {@code refId} names; empty for an unknown or
	 * blank id.
	 */
	Optional<Reference> find(String refId) {
		return (refId == null || refId.isBlank()) ? Optional.empty() : Optional.ofNullable(this.byId.get(refId));
	}

}
