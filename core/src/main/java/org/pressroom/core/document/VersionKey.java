package org.pressroom.core.document;

/**
 * Identifies an ATBD version the way APT does: the ATBD's id and the version's major
 * number.
 */
public record VersionKey(int atbdId, int major) {

	@Override
	public String toString() {
		return "atbd " + atbdId + " v" + major;
	}

}
