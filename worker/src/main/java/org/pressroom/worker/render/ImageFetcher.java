package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.springframework.stereotype.Component;

/**
 * Fetches the images a version shows from S3 into its job folder, before anything is typeset, within
 * {@code pressroom.render.max-image-size}, {@code max-images} and {@code max-image-pixels}, and checks them
 * ({@link ImageCheck}). An image that cannot be had or shown is left out with a warning; the writers show a
 * placeholder for it.
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

	/** objectKey → local file, for the images that could be fetched. */
	Map<String, Path> fetch(VersionSnapshot version, Path jobDir, List<String> warnings) throws IOException {
		Map<String, Path> images = new LinkedHashMap<>();
		Path imageDir = Files.createDirectories(jobDir.resolve("images"));
		int index = 0;
		for (String objectKey : version.imageKeys()) {
			Optional<String> refused = OutputKeys.imageKeyProblem(objectKey);
			if (refused.isPresent()) {
				// Never sent to S3: the key could leave the ATBD's image folder (issue #12).
				warnings.add("Image " + objectKey + " not shown: " + refused.get());
				continue;
			}
			if (index >= this.properties.maxImages()) {
				warnings.add("Image " + objectKey + " not shown: more than " + this.properties.maxImages() + " images");
				continue;
			}
			// Local names are ours, never the objectKey, so no key can escape the job folder.
			Path target = imageDir.resolve("image-" + index++ + extension(objectKey));
			long maxBytes = this.properties.maxImageSize().toBytes();
			if (!this.store.downloadImage(version.key().atbdId(), objectKey, target, maxBytes)
					|| Files.size(target) > maxBytes) {
				warnings.add("Image " + objectKey + " not shown: not found, or larger than " + shown(maxBytes));
				Files.deleteIfExists(target);
				continue;
			}
			Optional<String> problem = this.check.problem(target);
			if (problem.isPresent()) {
				warnings.add("Image " + objectKey + " not shown: " + problem.get());
				Files.delete(target);
				continue;
			}
			images.put(objectKey, target);
		}
		return images;
	}

	private static String shown(long bytes) {
		return (bytes >= 1024 * 1024) ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

	/** The fetched images as data: URIs, so that the HTML page is self-contained. */
	static Map<String, String> dataUris(Map<String, Path> images) throws IOException {
		Map<String, String> uris = new LinkedHashMap<>();
		for (Map.Entry<String, Path> image : images.entrySet()) {
			uris.put(image.getKey(), "data:" + mediaType(image.getValue()) + ";base64,"
					+ Base64.getEncoder().encodeToString(Files.readAllBytes(image.getValue())));
		}
		return uris;
	}

	private static String mediaType(Path image) {
		String name = image.getFileName().toString();
		if (name.endsWith(".png")) {
			return "image/png";
		}
		if (name.endsWith(".pdf")) {
			return "application/pdf";
		}
		return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
	}

	private static String extension(String objectKey) {
		String lower = objectKey.toLowerCase();
		for (String extension : List.of(".png", ".jpg", ".jpeg", ".pdf")) {
			if (lower.endsWith(extension)) {
				return extension;
			}
		}
		return ".bin";
	}

}
