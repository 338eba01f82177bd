package org.pressroom.worker.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
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
 * document.tex, document.pdf (pdflatex) and document.html, after {@link ImageFetcher} has fetched the images. A
 * LaTeX error surfaces as {@link org.pressroom.worker.latex.LatexFailedException}. The HTML is written on a thread of
 * the renderer's own while pdflatex runs, since it needs only the document model; pdflatex starts from a precompiled preamble and from
 * this worker's last build of the same version, so that a render whose labels and contents did not move needs one
 * pass (issue "Sub-second freshness").
 */
@Component
class DocumentRenderer implements AutoCloseable {

	private final ImageFetcher images;

	private final LatexWriter latexWriter;

	private final HtmlWriter htmlWriter;

	private final PdfLatex pdfLatex;

	private final PreambleFormat formats;

	private final AuxCache auxCache;

	/** Writes HTML while pdflatex runs; two threads, as a worker has few cores and HTML takes tens of ms. */
	private final ExecutorService htmlExecutor = Executors.newFixedThreadPool(2, DocumentRenderer::htmlThread);

	DocumentRenderer(ImageFetcher images, RenderProperties properties) {
		this.images = images;
		this.latexWriter = new LatexWriter();
		this.htmlWriter = new HtmlWriter();
		this.pdfLatex = new PdfLatex(properties.pdflatexTimeout());
		this.formats = new PreambleFormat(properties.workDirectory().resolve("pressroom-formats"),
				properties.pdflatexTimeout());
		this.auxCache = new AuxCache(properties.workDirectory(), properties.auxCacheVersions());
		// Started here, at the normal OS priority: a thread inherits the nice value of the thread that starts it, and
		// bulk renders run at nice 19 (RenderJob), which must not stick to the pool editors' renders use too.
		((ThreadPoolExecutor) this.htmlExecutor).prestartAllCoreThreads();
	}

	RenderedDocument render(VersionContent content, Path jobDir) throws IOException {
		VersionSnapshot version = content.version();
		Map<String, Long> timings = new LinkedHashMap<>();
		List<String> warnings = new ArrayList<>();

		long start = System.nanoTime();
		Map<String, Path> images = this.images.fetch(version, jobDir, warnings);
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
			HtmlSource html = this.htmlWriter.write(version, ImageFetcher.dataUris(images));
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
