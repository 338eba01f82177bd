package org.pressroom.app.api;

import org.pressroom.core.document.VersionKey;

/** The API's own paths, for links in responses. */
final class StatusPaths {

	private StatusPaths() {
	}

	static String version(VersionKey key) {
		return "/api/atbds/" + key.atbdId() + "/versions/" + key.major();
	}

	static String serialization(VersionKey key) {
		return version(key) + "/serialization";
	}

}
