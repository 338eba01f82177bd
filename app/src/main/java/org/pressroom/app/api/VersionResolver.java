package org.pressroom.app.api;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionLookup;
import org.pressroom.core.document.VersionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns the path's ATBD id or alias and major number into a version that exists:
 * malformed input is a 400, an unknown ATBD or version a 404. Digits name the ATBD with
 * that id if there is one, else the ATBD with that alias (APT allows aliases of digits
 * only); digits beyond an {@code int} that are nobody's alias are a 400.
 * <p>
 * One query per request: the security rules ({@link #find}) and the controller
 * ({@link #resolve}) both ask, and the first answer is kept as a request attribute for
 * the second (issue #14: a PDF download cost 8 queries). Public for the security rules,
 * which look a version up before the controller runs.
 */
@Component
public class VersionResolver {

	private static final String LOOKED_UP = VersionResolver.class.getName() + ".LOOKED_UP";

	// APT's own CHECK on atbds.alias; ids are serial integers.
	private static final Pattern ALIAS = Pattern.compile("[a-z0-9-]{1,255}");

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private final VersionRepository versions;

	VersionResolver(VersionRepository versions) {
		this.versions = versions;
	}

	VersionKey resolve(HttpServletRequest request, String atbdIdOrAlias, String major) {
		if (!ALIAS.matcher(atbdIdOrAlias).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + abbreviate(atbdIdOrAlias) + "' is neither an ATBD id nor an alias (a-z, 0-9 and -)");
		}
		if (!NUMBER.matcher(major).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'" + abbreviate(major) + "' is not a major version number");
		}
		Optional<VersionLookup> found = lookUp(request, atbdIdOrAlias, major);
		if (found.isEmpty() && DIGITS.matcher(atbdIdOrAlias).matches() && isBeyondInt(atbdIdOrAlias)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'" + abbreviate(atbdIdOrAlias)
					+ "' is no ATBD id (at most " + Integer.MAX_VALUE + ") and no ATBD's alias");
		}
		VersionLookup version = found
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No ATBD " + atbdIdOrAlias));
		if (!version.versionExists()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"ATBD " + atbdIdOrAlias + " has no version " + major);
		}
		return version.key();
	}

	/**
	 * The version the path names, or empty when it is malformed or does not exist; never
	 * throws.
	 */
	public Optional<VersionLookup> find(HttpServletRequest request, String atbdIdOrAlias, String major) {
		if (!ALIAS.matcher(atbdIdOrAlias).matches() || !NUMBER.matcher(major).matches()) {
			return Optional.empty();
		}
		return lookUp(request, atbdIdOrAlias, major).filter(VersionLookup::versionExists);
	}

	private Optional<VersionLookup> lookUp(HttpServletRequest request, String atbdIdOrAlias, String major) {
		if (request.getAttribute(LOOKED_UP) instanceof LookedUp earlier && earlier.names(atbdIdOrAlias, major)) {
			return earlier.result();
		}
		Optional<VersionLookup> result = this.versions.lookUp(atbdIdOrAlias, Integer.parseInt(major));
		request.setAttribute(LOOKED_UP, new LookedUp(atbdIdOrAlias, major, result));
		return result;
	}

	private static boolean isBeyondInt(String digits) {
		try {
			Integer.parseInt(digits);
			return false;
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	/** One request's answer, with what it was asked for. */
	private record LookedUp(String atbdIdOrAlias, String major, Optional<VersionLookup> result) {

		boolean names(String otherAtbd, String otherMajor) {
			return this.atbdIdOrAlias.equals(otherAtbd) && this.major.equals(otherMajor);
		}

	}

}
