package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;
import org.springframework.stereotype.Component;

/**
 * Fetches the images a version shows from S3 into its job folder, before anything is
 * typeset, within {@code pressroom.render.max-image-size}, {@code max-images},
 * {@code max-image-pixels} and, for all of them together, {@code max-total-image-size},
 * and checks them ({@link ImageCheck}). Files get names of ours ("images/image-3.png", by
 * their checked format), never the objectKey, so no key can reach outside the job folder
 * or into the .tex. An image that cannot be had or shown is returned with the reason; the
 * document warns about it once and both writers show a placeholder.
 */
@Component
class ImageFetcher {

	private final OutputStore store;

	private final RenderProperties properties;

	private final ImageCheck check;

	ImageFetcher(OutputStore store, RenderProperties properties) {
		this.store = store;
		this.properties = properties;
		this.check = new ImageCheck(properties.maxImagePixels());
	}

	/**
	 * Every image the version shows, by objectKey: fetched, or with the reason it is not.
	 */
	Map<String, Image> fetch(VersionSnapshot version, Path jobDir) throws IOException {
		Map<String, Image> images = new LinkedHashMap<>();
		Path imageDir = Files.createDirectories(jobDir.resolve("images"));
		long maxImage = this.properties.maxImageSize().toBytes();
		long left = this.properties.maxTotalImageSize().toBytes();
		int index = 0;
		for (String objectKey : version.imageKeys()) {
			Optional<String> refused = OutputKeys.imageKeyProblem(objectKey);
			if (refused.isPresent()) {
				// Never sent to S3: the key could leave the ATBD's image folder (issue
				// #12).
				images.put(objectKey, Image.unavailable(objectKey, refused.get()));
				continue;
			}
			if (index >= this.properties.maxImages()) {
				images.put(objectKey, Image.unavailable(objectKey,
						"the document has more than " + this.properties.maxImages() + " images"));
				continue;
			}
			String name = "image-" + index++;
			Path target = imageDir.resolve(name);
			long maxBytes = Math.min(maxImage, left);
			if (!download(version, objectKey, target, maxBytes)) {
				Files.deleteIfExists(target);
				images.put(objectKey,
						Image.unavailable(objectKey,
								(maxBytes < maxImage)
										? "not found, or larger than the " + shown(maxBytes) + " left of the "
												+ shown(this.properties.maxTotalImageSize().toBytes())
												+ " all images of a document may take"
										: "not found, or larger than " + shown(maxBytes)));
				continue;
			}
			ImageCheck.Checked checked = this.check.check(target);
			if (checked.problem() != null) {
				Files.delete(target);
				images.put(objectKey, Image.unavailable(objectKey, checked.problem()));
				continue;
			}
			left -= Files.size(target);
			// pdflatex picks its reader by extension.
			Path file = Files.move(target, imageDir.resolve(name + checked.format().extension()));
			images.put(objectKey, Image.available(objectKey, jobDir.relativize(file).toString(), checked.format(),
					checked.width(), checked.height()));
		}
		return images;
	}

	private boolean download(VersionSnapshot version, String objectKey, Path target, long maxBytes) throws IOException {
		try {
			return maxBytes > 0 && this.store.downloadImage(version.key().atbdId(), objectKey, target, maxBytes)
					&& Files.size(target) <= maxBytes;
		}
		catch (IllegalArgumentException ex) {
			// An objectKey the store refuses to ask for (one that would climb out of the
			// ATBD's folder).
			return false;
		}
	}

	private static String shown(long bytes) {
		return (bytes >= 1024 * 1024) ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

	/**
	 * The fetched PNG and JPEG images as data: URIs, so that the HTML page is
	 * self-contained.
	 */
	static Map<String, String> dataUris(Map<String, Image> images, Path jobDir) throws IOException {
		Map<String, String> uris = new LinkedHashMap<>();
		for (Image image : images.values()) {
			if (image.isAvailable() && image.format() != ImageFormat.PDF) {
				uris.put(image.objectKey(), "data:" + image.format().mediaType() + ";base64,"
						+ Base64.getEncoder().encodeToString(Files.readAllBytes(jobDir.resolve(image.file()))));
			}
		}
		return uris;
	}

}
