package org.pressroom.worker.document;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets become clickable: http, https, ftp and mailto URLs, in-document
 * anchors ("#id"), bare domains ("www.nasa.gov", read as https) and DOIs. Anything else
 * ("javascript:", "file:") stays plain text, in the PDF as in the HTML; so does a target
 * longer than {@value #MAX_LENGTH} characters, which no real link is and which pdflatex
 * would have to read as one line.
 */
public final class Links {

	public static final int MAX_LENGTH = 8_000;

	private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "mailto");

	private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

	private static final Pattern BARE_DOMAIN = Pattern
		.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}([/?#].*)?$");

	private Links() {
	}

	/** The URL to link to, or empty when the target is blank, too long or not allowed. */
	public static Optional<String> href(String url) {
		String target = (url == null) ? "" : url.strip();
		if (target.isEmpty() || target.length() > MAX_LENGTH || target.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		if (target.startsWith("#")) {
			return (target.length() > 1) ? Optional.of(target) : Optional.empty();
		}
		Matcher scheme = SCHEME.matcher(target);
		if (scheme.find()) {
			String name = scheme.group(1).toLowerCase(Locale.ROOT);
			if (name.equals("doi")) {
				return Optional.of(doi(target));
			}
			return SCHEMES.contains(name) ? Optional.of(target) : Optional.empty();
		}
		if (target.startsWith("10.") && target.contains("/")) {
			return Optional.of(doi(target));
		}
		return BARE_DOMAIN.matcher(target).matches() ? Optional.of("https://" + target) : Optional.empty();
	}

	/**
	 * "https://doi.org/10.x/y" for a DOI written as "10.x/y", "doi:10.x/y" or already as
	 * a doi.org URL.
	 */
	public static String doi(String doi) {
		return "https://doi.org/" + bareDoi(doi);
	}

	/** "10.x/y" for any of those forms. */
	public static String bareDoi(String doi) {
		return doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
	}

}
