package org.pressroom.core.document;

/**
 * What an ATBD id or alias and a major number name, read in one query: the ATBD, whether
 * it has that version, and the version's APT status ({@code DRAFT} ... {@code PUBLISHED};
 * null when the version does not exist).
 */
public record VersionLookup(int atbdId, int major, boolean versionExists, String status) {

	public VersionKey key() {
		return new VersionKey(this.atbdId, this.major);
	}

}
