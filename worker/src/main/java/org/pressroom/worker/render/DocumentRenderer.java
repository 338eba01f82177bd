package org.pressroom.worker.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputStore;
import org.pressroom.worker.html.HtmlSource;
import org.pressroom.worker.html.HtmlWriter;
import org.pressroom.worker.latex.AuxCache;
import org.pressroom.worker.latex.LatexSource;
import org.pressroom.worker.latex.LatexWriter;
import org.pressroom.worker.latex.PdfLatex;
import org.pressroom.worker.latex.PdfResult;
import org.pressroom.worker.latex.PreambleFormat;
import org.springframework.stereotype.Component;

/**
 * Renders one version's content into a job folder: document.json (the canonical JSON that was checksummed),
 * document.tex, document.pdf (pdflatex) and document.html. Images are fetched from S3 first, within the size and
 * count limits; one that cannot be had renders as a placeholder with a warning. A LaTeX error surfaces as
 * {@link org.pressroom.worker.latex.LatexFailedException}. The HTML is written on a thread of the renderer's own
 * while pdflatex runs, since it needs only the document model; pdflatex starts from a precompiled preamble and from
 * this worker's last build of the same version, so that a render whose labels and contents did not move needs one
 * pass (issue "Sub-second freshness").
 */
@Component
class DocumentRenderer implements AutoCloseable {

	private final OutputStore store;

	private final LatexWriter latexWriter;

	private final HtmlWriter htmlWriter;

	private final PdfLatex pdfLatex;

	private final PreambleFormat formats;

	private final AuxCache auxCache;

	private final RenderProperties properties;

	/** Writes HTML while pdflatex runs; two threads, as a worker has few cores and HTML takes tens of ms. */
	private final ExecutorService htmlExecutor = Executors.newFixedThreadPool(2, DocumentRenderer::htmlThread);

	DocumentRenderer(OutputStore store, RenderProperties properties) {
		this.store = store;
		this.properties = properties;
		this.latexWriter = new LatexWriter();
		this.htmlWriter = new HtmlWriter();
		this.pdfLatex = new PdfLatex(properties.pdflatexTimeout());
		this.formats = new PreambleFormat(properties.workDirectory().resolve("pressroom-formats"),
				properties.pdflatexTimeout());
		this.auxCache = new AuxCache(properties.workDirectory(), properties.auxCacheVersions());
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

		CompletableFuture<TimedHtml> html = CompletableFuture.supplyAsync(() -> writeHtml(version, images, jobDir),
				this.htmlExecutor);

		start = System.nanoTime();
		PdfResult pdf;
		try {
			pdf = compile(version.key(), latex, jobDir);
		}
		catch (RuntimeException ex) {
			// The job folder is deleted after a failure: let the HTML writer be done with it first.
			html.handle((result, failure) -> null).join();
			throw ex;
		}
		warnings.addAll(pdf.warnings());
		timings.put("pdf", millisSince(start));

		TimedHtml written = join(html);
		// The HTML repeats the LaTeX writer's content warnings; keep each warning once.
		written.source().warnings().stream().filter((warning) -> !warnings.contains(warning)).forEach(warnings::add);
		timings.put("html", written.millis());
		Path htmlFile = written.file();

		return new RenderedDocument(json, tex, pdf.pdf(), htmlFile, timings, List.copyOf(warnings));
	}

	/**
	 * Compiles with the preamble format when there is one, and with the files of this version's last build here;
	 * both only save time, so a missing format or cache entry compiles the slow way.
	 */
	private PdfResult compile(VersionKey key, LatexSource latex, Path jobDir) {
		String cacheKey = key.atbdId() + "-" + key.major();
		this.auxCache.restore(cacheKey, jobDir, "document");
		PdfResult pdf = this.pdfLatex.compile(jobDir, "document.tex",
				this.formats.forPreamble(latex.preamble()).orElse(null));
		this.auxCache.save(cacheKey, jobDir, "document");
		return pdf;
	}

	private TimedHtml writeHtml(VersionSnapshot version, Map<String, Path> images, Path jobDir) {
		long start = System.nanoTime();
		try {
			HtmlSource html = this.htmlWriter.write(version, dataUris(images));
			Path file = Files.writeString(jobDir.resolve("document.html"), html.html(), StandardCharsets.UTF_8);
			return new TimedHtml(html, file, millisSince(start));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TimedHtml join(CompletableFuture<TimedHtml> html) {
		try {
			return html.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		this.htmlExecutor.shutdownNow();
		this.auxCache.close();
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

	/** Daemon threads, so that a render that is still writing HTML never holds up the JVM's exit. */
	private static Thread htmlThread(Runnable task) {
		Thread thread = new Thread(task, "pressroom-html");
		thread.setDaemon(true);
		return thread;
	}

	private record TimedHtml(HtmlSource source, Path file, long millis) {
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
