package org.pressroom.worker.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.Document;
import org.pressroom.worker.document.DocumentReader;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.WarningList;
import org.pressroom.worker.html.HtmlSource;
import org.pressroom.worker.html.HtmlWriter;
import org.pressroom.worker.latex.AuxCache;
import org.pressroom.worker.latex.EquationAllowList;
import org.pressroom.worker.latex.LatexWriter;
import org.pressroom.worker.latex.PdfLatex;
import org.pressroom.worker.latex.PdfTypesetter;
import org.pressroom.worker.latex.PreambleFormat;
import org.springframework.stereotype.Component;

/**
 * Renders one version's content into a job folder: document.json (the canonical JSON that
 * was checksummed), document.tex, document.pdf (pdflatex) and document.html, after
 * {@link ImageFetcher} has fetched the images. The version is read once into the document
 * model ({@link DocumentReader}), which both writers render; the HTML is written on a
 * thread of the renderer's own while pdflatex runs. A LaTeX error surfaces as
 * {@link org.pressroom.worker.latex.LatexFailedException}. pdflatex starts from a
 * precompiled preamble and from this worker's last build of the same version, so that a
 * render whose labels and contents did not move needs one pass (issue "Sub-second
 * freshness"). Warnings are kept once each, the first hundred and a count of the rest.
 */
@Component
class DocumentRenderer implements AutoCloseable {

	private final ImageFetcher images;

	private final DocumentReader reader;

	private final PdfTypesetter typesetter;

	private final HtmlWriter htmlWriter;

	private final PreambleFormat formats;

	private final AuxCache auxCache;

	/**
	 * Writes HTML while pdflatex runs; two threads, as a worker has few cores and HTML
	 * takes tens of ms.
	 */
	private final ExecutorService htmlExecutor = Executors.newFixedThreadPool(2, DocumentRenderer::htmlThread);

	DocumentRenderer(ImageFetcher images, RenderProperties properties) {
		this.images = images;
		this.reader = new DocumentReader(EquationAllowList.policy());
		this.typesetter = new PdfTypesetter(new LatexWriter(properties.maxPages()),
				new PdfLatex(properties.pdflatexTimeout()), properties.maxPages());
		this.htmlWriter = new HtmlWriter();
		this.formats = new PreambleFormat(properties.workDirectory().resolve("pressroom-formats"),
				properties.pdflatexTimeout());
		this.auxCache = new AuxCache(properties.workDirectory(), properties.auxCacheVersions());
		// Started here, at the normal OS priority: a thread inherits the nice value of
		// the thread that starts it, and bulk renders run at nice 19 (RenderJob), which
		// must not stick to the pool editors' renders use too.
		((ThreadPoolExecutor) this.htmlExecutor).prestartAllCoreThreads();
	}

	RenderedDocument render(VersionContent content, Path jobDir) throws IOException {
		VersionSnapshot version = content.version();
		Map<String, Long> timings = new LinkedHashMap<>();
		WarningList warnings = new WarningList();

		long start = System.nanoTime();
		Map<String, Image> images = this.images.fetch(version, jobDir);
		timings.put("images", millisSince(start));

		Path json = Files.write(jobDir.resolve("document.json"), content.canonical().json());

		start = System.nanoTime();
		Document document = this.reader.read(version, images);
		warnings.addAll(document.warnings());
		timings.put("tex", millisSince(start));

		CompletableFuture<TimedHtml> html = CompletableFuture.supplyAsync(() -> writeHtml(document, images, jobDir),
				this.htmlExecutor);

		start = System.nanoTime();
		PdfTypesetter.Typeset pdf;
		try {
			pdf = typeset(version.key(), document, jobDir);
		}
		catch (RuntimeException ex) {
			// The job folder is deleted after a failure: let the HTML writer be done with
			// it first.
			html.handle((result, failure) -> null).join();
			throw ex;
		}
		warnings.addAll(pdf.warnings());
		timings.put("pdf", millisSince(start));

		TimedHtml written = join(html);
		warnings.addAll(written.source().warnings());
		timings.put("html", written.millis());

		return new RenderedDocument(json, jobDir.resolve("document.tex"), pdf.pdf().pdf(), written.file(), timings,
				warnings.toList());
	}

	/**
	 * Typesets with the preamble format when there is one, and with the files of this
	 * version's last build here; both only save time, so a missing format or cache entry
	 * compiles the slow way.
	 */
	private PdfTypesetter.Typeset typeset(VersionKey key, Document document, Path jobDir) {
		String cacheKey = key.atbdId() + "-" + key.major();
		this.auxCache.restore(cacheKey, jobDir, "document");
		PdfTypesetter.Typeset pdf = this.typesetter.typeset(document, jobDir,
				(preamble) -> this.formats.forPreamble(preamble).orElse(null));
		this.auxCache.save(cacheKey, jobDir, "document");
		return pdf;
	}

	private TimedHtml writeHtml(Document document, Map<String, Image> images, Path jobDir) {
		long start = System.nanoTime();
		try {
			HtmlSource html = this.htmlWriter.write(document, ImageFetcher.dataUris(images, jobDir));
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

	/**
	 * Daemon threads, so that a render that is still writing HTML never holds up the
	 * JVM's exit.
	 */
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
