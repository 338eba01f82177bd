package org.pressroom.core.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.core.document.VersionKey;

/**
 * The S3 key layout (DESIGN §7): {@code atbds/{atbd_id}/v{major}/{checksum}/{file}}. The same checksum always
 * yields the same keys, so every write is idempotent.
 */
public final class OutputKeys {

	public static final String DOCUMENT_JSON = "document.json";

	public static final String DOCUMENT_TEX = "document.tex";

	public static final String DOCUMENT_PDF = "document.pdf";

	public static final String DOCUMENT_HTML = "document.html";

	public static final String STATUS_JSON = "status.json";

	static final String ROOT = "atbds/";

	private static final Pattern CHECKSUM_PREFIX = Pattern.compile("(atbds/[0-9]+/v[0-9]+/[0-9a-f]{64}/).*");

	private OutputKeys() {
	}

	public static String versionPrefix(VersionKey key) {
		return ROOT + key.atbdId() + "/v" + key.major() + "/";
	}

	public static String checksumPrefix(VersionKey key, String checksum) {
		return versionPrefix(key) + checksum + "/";
	}

	public static String of(VersionKey key, String checksum, String file) {
		return checksumPrefix(key, checksum) + file;
	}

	/** The checksum folder of an output key, if it is one of Pressroom's. */
	static Optional<String> checksumPrefixOf(String key) {
		Matcher matcher = CHECKSUM_PREFIX.matcher(key);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/**
	 * The key of an ATBD's PDF upload ({@code pdf_uploads.file_path}, e.g. {@code 7/uploads/atbd_7_1690000000.pdf})
	 * if it lies inside that ATBD's folder of APT's bucket; a path that leaves it (another ATBD's folder, Pressroom's
	 * outputs, a {@code ..} or empty segment, a backslash or control character) is refused.
	 */
	public static Optional<String> upload(int atbdId, String filePath) {
		String folder = atbdId + "/";
		if (filePath == null || !filePath.startsWith(folder) || filePath.length() > 1024
				|| filePath.chars().anyMatch((c) -> c < 0x20 || c == 0x7f || c == '\\')) {
			return Optional.empty();
		}
		for (String segment : filePath.substring(folder.length()).split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return Optional.empty();
			}
		}
		return Optional.of(filePath);
	}

	/** Where APT keeps an image of an ATBD (in the images bucket). */
	public static String image(int atbdId, String objectKey) {
		return atbdId + "/images/" + objectKey;
	}

}
