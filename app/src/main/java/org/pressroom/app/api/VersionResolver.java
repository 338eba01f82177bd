package org.pressroom.app.api;

import java.util.Optional;
import java.util.regex.Pattern;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the path's ATBD id or alias and major number into a version that exists: malformed input is a 400, an
 * unknown ATBD or version a 404. Public for the security rules, which look a version up before the controller runs.
 */
@Component
public class VersionResolver {

	// APT's own CHECK on atbds.alias; ids are serial integers.
	private static final Pattern ALIAS = Pattern.compile("[a-z0-9-]{1,255}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

	private final VersionRepository versions;

	VersionResolver(VersionRepository versions) {
		this.versions = versions;
	}

	VersionKey resolve(String atbdIdOrAlias, String major) {
		if (!ALIAS.matcher(atbdIdOrAlias).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + abbreviate(atbdIdOrAlias) + "' is neither an ATBD id nor an alias (a-z, 0-9 and -)");
		}
		if (!NUMBER.matcher(major).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + abbreviate(major) + "' is not a major version number");
		}
		int atbdId = this.versions.findAtbdId(atbdIdOrAlias)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ATBD " + atbdIdOrAlias));
		VersionKey key = new VersionKey(atbdId, Integer.parseInt(major));
		if (!this.versions.exists(key)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"ATBD " + atbdIdOrAlias + " has no version " + major);
		}
		return key;
	}

	/** The version the path names, or empty when it is malformed or does not exist; never throws. */
	public Optional<VersionKey> find(String atbdIdOrAlias, String major) {
		if (!ALIAS.matcher(atbdIdOrAlias).matches() || !NUMBER.matcher(major).matches()) {
			return Optional.empty();
		}
		return this.versions.findAtbdId(atbdIdOrAlias)
			.map((atbdId) -> new VersionKey(atbdId, Integer.parseInt(major)))
			.filter(this.versions::exists);
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

}
