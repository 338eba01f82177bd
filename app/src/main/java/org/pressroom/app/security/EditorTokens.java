package org.pressroom.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The configured editor tokens as SHA-256 hashes. A presented token is hashed and
 * compared with every configured hash in constant time, so neither the time taken nor the
 * logs tell how close a guess came.
 */
final class EditorTokens {

	static final int MIN_LENGTH = 20;

	private static final String PREFIX = "sha256:";

	private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

	private final List<byte[]> hashes;

	EditorTokens(List<String> hashed) {
		this.hashes = hashed.stream()
			.map((entry) -> HexFormat.of().parseHex(entry.substring(PREFIX.length())))
			.toList();
	}

	boolean isEmpty() {
		return this.hashes.isEmpty();
	}

	boolean matches(String presented) {
		byte[] hash = sha256(presented);
		boolean match = false;
		for (byte[] known : this.hashes) {
			match |= MessageDigest.isEqual(known, hash);
		}
		return match;
	}

	/**
	 * A configured entry as {@code sha256:<hex>}; the message never repeats the entry.
	 */
	static String hashed(String entry) {
		String lower = entry.toLowerCase();
		if (lower.startsWith(PREFIX)) {
			if (!HASH.matcher(lower).matches()) {
				throw new IllegalArgumentException(
						"pressroom.security.editor-tokens: a sha256: entry needs 64 hex digits");
			}
			return lower;
		}
		if (entry.length() < MIN_LENGTH) {
			throw new IllegalArgumentException("pressroom.security.editor-tokens: a token needs at least " + MIN_LENGTH
					+ " characters (e.g. openssl rand -hex 32)");
		}
		return PREFIX + HexFormat.of().formatHex(sha256(entry));
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
