package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputStore;
import org.pressroom.worker.html.HtmlSource;
import org.pressroom.worker.html.HtmlWriter;
import org.pressroom.worker.latex.LatexSource;
import org.pressroom.worker.latex.LatexWriter;
import org.pressroom.worker.latex.PdfLatex;
import org.pressroom.worker.latex.PdfResult;
import org.springframework.stereotype.Component;

/**
 * Renders one version's content into a job folder: document.json (the canonical JSON that was checksummed),
 * document.tex, document.pdf (pdflatex) and document.html. Images are fetched from S3 first, within the size and
 * count limits; one that cannot be had renders as a placeholder with a warning. A LaTeX error surfaces as
 * {@link org.pressroom.worker.latex.LatexFailedException}.
 */
@Component
class DocumentRenderer {

	private final OutputStore store;

	private final LatexWriter latexWriter;

	private final HtmlWriter htmlWriter;

	private final PdfLatex pdfLatex;

	private final RenderProperties properties;

	DocumentRenderer(OutputStore store, RenderProperties properties) {
		this.store = store;
		this.properties = properties;
		this.latexWriter = new LatexWriter();
		this.htmlWriter = new HtmlWriter();
		this.pdfLatex = new PdfLatex(properties.pdflatexTimeout());
	}

	RenderedDocument render(VersionContent content, Path jobDir) throws IOException {
		VersionSnapshot version = content.version();
		Map<String, Long> timings = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();

		long start = System.nanoTime();
		Map<String, Path> images = fetchImages(version, jobDir, warnings);
		timings.put("images", millisSince(start));

		Path json = Files.write(jobDir.resolve("document.json"), content.canonical().json());

		start = System.nanoTime();
		LatexSource latex = this.latexWriter.write(version, images);
		Path tex = Files.writeString(jobDir.resolve("document.tex"), latex.tex(), StandardCharsets.UTF_8);
		warnings.addAll(latex.warnings());
		timings.put("tex", millisSince(start));

		start = System.nanoTime();
		PdfResult pdf = this.pdfLatex.compile(jobDir, "document.tex");
		warnings.addAll(pdf.warnings());
		timings.put("pdf", millisSince(start));

		start = System.nanoTime();
		HtmlSource html = this.htmlWriter.write(version, dataUris(images));
		Path htmlFile = Files.writeString(jobDir.resolve("document.html"), html.html(), StandardCharsets.UTF_8);
		// The HTML repeats the LaTeX writer's content warnings; keep each warning once.
		html.warnings().stream().filter((warning) -> !warnings.contains(warning)).forEach(warnings::add);
		timings.put("html", millisSince(start));

		return new RenderedDocument(json, tex, pdf.pdf(), htmlFile, timings, List.copyOf(warnings));
	}

	private Map<String, Path> fetchImages(VersionSnapshot version, Path jobDir, List<String> warnings)
			throws IOException {
		Map<String, Path> images = new LinkedHashMap<>();
		Path imageDir = Files.createDirectories(jobDir.resolve("images"));
		int index = 0;
		for (String objectKey : version.imageKeys()) {
			if (index >= this.properties.maxImages()) {
				warnings.add("Image " + objectKey + " not shown: more than " + this.properties.maxImages() + " images");
				continue;
			}
			// Local names are ours, never the objectKey, so no key can escape the job folder.
			Path target = imageDir.resolve("image-" + index++ + extension(objectKey));
			if (this.store.downloadImage(version.key().atbdId(), objectKey, target,
					this.properties.maxImageSize().toBytes())) {
				images.put(objectKey, target);
			}
			else {
				warnings.add("Image " + objectKey + " not found or larger than " + this.properties.maxImageSize());
			}
		}
		return images;
	}

	private static Map<String, String> dataUris(Map<String, Path> images) throws IOException {
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

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
