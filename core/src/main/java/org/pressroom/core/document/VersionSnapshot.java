package org.pressroom.core.document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Everything that is rendered for one ATBD version, read in one database snapshot. {@code revision} is the
 * version's change-request revision at that snapshot (0 if none was recorded); it orders competing reads.
 * {@code document} and {@code citation} are APT's JSON as stored (a missing one is an empty object).
 */
public record VersionSnapshot(VersionKey key, int minor, String title, String alias, String status, String doi,
		JsonNode citation, JsonNode document, Instant serializeRequestedAt, List<Contact> contacts, long revision) {

	public VersionSnapshot {
		citation = citation == null || citation.isNull() ? JsonNodeFactory.instance.objectNode() : citation;
		document = document == null || document.isNull() ? JsonNodeFactory.instance.objectNode() : document;
		contacts = List.copyOf(contacts);
	}

	/** The objectKeys of every image the document shows, in document order. */
	public Set<String> imageKeys() {
		return ImageKeys.in(document);
	}

}
