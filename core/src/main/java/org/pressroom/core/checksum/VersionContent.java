package org.pressroom.core.checksum;

import org.pressroom.core.document.VersionSnapshot;

/** A version as read now, with its canonical document and checksum. */
public record VersionContent(VersionSnapshot version, CanonicalDocument canonical) {

	public String checksum() {
		return this.canonical.checksum();
	}

}
