package org.pressroom.worker.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats pdflatex reads, told by a file's first bytes rather than by its name.
 */
public enum ImageFormat {

	PNG(".png", "image/png", 0x89, 'P', 'N', 'G'), JPEG(".jpg", "image/jpeg", 0xFF, 0xD8, 0xFF),
	PDF(".pdf", "application/pdf", '%', 'P', 'D', 'F');

	private final String extension;

	private final String mediaType;

	private final int[] magic;

	ImageFormat(String extension, String mediaType, int... magic) {
		this.extension = extension;
		this.mediaType = mediaType;
		this.magic = magic;
	}

	/**
	 * Whether pdflatex, which picks its reader by extension, reads a file of this format
	 * under {@code name}.
	 */
	public boolean matchesName(String name) {
		return name.endsWith(this.extension) || (this == JPEG && name.endsWith(".jpeg"));
	}

	/** The extension a file of this format gets in a job folder (".jpg"). */
	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The file's format, if its first bytes are one of these; empty for anything else or
	 * an unreadable file.
	 */
	public static Optional<ImageFormat> of(Path file) {
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(file)) {
			head = Arrays.copyOf(head, in.readNBytes(head, 0, head.length));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		for (ImageFormat format : values()) {
			if (startsWith(head, format.magic)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int[] expected) {
		if (head.length < expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[i] & 0xff) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
