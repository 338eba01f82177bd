package org.pressroom.worker.document;

/**
 * An image a figure shows: a file in the job folder, or the reason there is none.
 *
 * @param objectKey the key the document names it by
 * @param file the file's path relative to the job folder ("images/image-0.jpg"), or
 * {@code null} when unavailable
 * @param format what its first bytes say it is, or {@code null}
 * @param width its width in pixels (0 for PDF or when unavailable)
 * @param height its height in pixels (0 for PDF or when unavailable)
 * @param problem why it is not available, worded for editors ("not found, or larger than
 * 20 MB"), or {@code null}
 */
public record Image(String objectKey, String file, ImageFormat format, int width, int height, String problem) {

	public static Image available(String objectKey, String file, ImageFormat format, int width, int height) {
		return new Image(objectKey, file, format, width, height, null);
	}

	public static Image unavailable(String objectKey, String problem) {
		return new Image(objectKey, null, null, 0, 0, problem);
	}

	public boolean isAvailable() {
		return this.file != null;
	}

}
