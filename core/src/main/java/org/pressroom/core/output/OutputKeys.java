package org.pressroom.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.core.document.VersionKey;

/**
 * The S3 key layout (DESIGN §7): {@code atbds/{atbd_id}/v{major}/{checksum}/{file}}. The
 * same checksum always yields the same keys, so every write is idempotent. Images are
 * APT's, at {@code {atbd_id}/images/{objectKey}}; their objectKeys come from documents,
 * so {@link #image} lets through only keys that stay in that folder.
 */
public final class OutputKeys {

	public static final String DOCUMENT_JSON = "document.json";

	public static final String DOCUMENT_TEX = "document.tex";

	public static final String DOCUMENT_PDF = "document.pdf";

	public static final String DOCUMENT_HTML = "document.html";

	public static final String STATUS_JSON = "status.json";

	/** S3's own limit on a whole key; an objectKey alone gets no more. */
	public static final int MAX_OBJECT_KEY_BYTES = 1024;

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
	 * The key of an ATBD's PDF upload ({@code pdf_uploads.file_path}, e.g.
	 * {@code 7/uploads/atbd_7_1690000000.pdf}) if it lies inside that ATBD's folder of
	 * APT's bucket: the part after {@code {atbd_id}/} must pass the objectKey rule
	 * ({@link #imageKeyProblem}), so a path into another ATBD's folder or Pressroom's
	 * outputs is refused.
	 */
	public static Optional<String> upload(int atbdId, String filePath) {
		String folder = atbdId + "/";
		return filePath != null && filePath.startsWith(folder)
				&& imageKeyProblem(filePath.substring(folder.length())).isEmpty() ? Optional.of(filePath)
						: Optional.empty();
	}

	/**
	 * Where APT keeps an image of an ATBD (in the images bucket), or empty when the
	 * objectKey could leave that folder ({@link #imageKeyProblem}): the only way an
	 * objectKey becomes an S3 key, so a refused one is never sent. The AWS SDK sends
	 * {@code ..} segments as they are, and some S3 servers resolve them (issue #12).
	 */
	public static Optional<String> image(int atbdId, String objectKey) {
		return imageKeyProblem(objectKey).isPresent() ? Optional.empty() : Optional.of(atbdId + "/images/" + objectKey);
	}

	/**
	 * Why an objectKey cannot name an image in its ATBD's folder, worded for editors;
	 * empty when it can. A key is refused when it is empty, longer than
	 * {@value #MAX_OBJECT_KEY_BYTES} bytes in UTF-8, holds a control character or a
	 * backslash, starts with {@code /}, or has an empty, {@code .} or {@code ..} segment.
	 */
	public static Optional<String> imageKeyProblem(String objectKey) {
		if (objectKey == null || objectKey.isEmpty()) {
			return Optional.of("its objectKey is empty");
		}
		if (objectKey.getBytes(StandardCharsets.UTF_8).length > MAX_OBJECT_KEY_BYTES) {
			return Optional.of("its objectKey is longer than " + MAX_OBJECT_KEY_BYTES + " bytes");
		}
		if (objectKey.chars().anyMatch(Character::isISOControl)) {
			return Optional.of("its objectKey holds a control character");
		}
		if (objectKey.indexOf('\\') >= 0) {
			return Optional.of("its objectKey holds a backslash");
		}
		if (objectKey.startsWith("/")) {
			return Optional.of("its objectKey starts with /");
		}
		for (String segment : objectKey.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return Optional.of("its objectKey has an empty, . or .. segment");
			}
		}
		return Optional.empty();
	}

}
