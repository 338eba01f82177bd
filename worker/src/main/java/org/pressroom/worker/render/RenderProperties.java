package org.pressroom.worker.render;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param workDirectory where job folders are created (one per render, removed
 * afterwards); default: the system temp folder
 * @param pdflatexTimeout wall-clock limit for all pdflatex passes of one render
 * @param maxImageSize images larger than this are not fetched (a placeholder and a
 * warning instead)
 * @param maxImages images beyond this count are not fetched
 * @param maxImagePixels PNG and JPEG images with more pixels are not shown (a placeholder
 * and a warning instead): a small file can declare a huge image, which pdfTeX and
 * browsers would inflate in memory
 * @param auxCacheVersions versions whose last build's .aux, .toc and .out this worker
 * keeps so that the next build of one can do with a single pdflatex pass; a few kilobytes
 * each
 * @param maxTotalImageSize all images of one document together: an image past it is a
 * placeholder with a warning, which bounds the HTML page (images are data: URIs in it,
 * each once) and the PDF
 * @param maxPages a PDF longer than this fails as a content error (pdflatex stops at the
 * page past it)
 * @param maxUploadSize the uploaded PDF of a PDF-type ATBD larger than this fails the
 * version with a clear error
 * @param deadline wall-clock limit for a whole render (images, LaTeX, pdflatex, HTML),
 * after which the attempt is abandoned like a pdflatex timeout (issue #12: a render
 * without bounds kept a worker busy for 267 s)
 */
@ConfigurationProperties("pressroom.render")
public record RenderProperties(Path workDirectory, @DefaultValue(DEFAULT_PDFLATEX_TIMEOUT) Duration pdflatexTimeout,
		@DefaultValue(DEFAULT_MAX_IMAGE_SIZE) DataSize maxImageSize, @DefaultValue(DEFAULT_MAX_IMAGES) int maxImages,
		@DefaultValue(DEFAULT_MAX_IMAGE_PIXELS) long maxImagePixels,
		@DefaultValue(DEFAULT_AUX_CACHE_VERSIONS) int auxCacheVersions,
		@DefaultValue(DEFAULT_MAX_TOTAL_IMAGE_SIZE) DataSize maxTotalImageSize,
		@DefaultValue(DEFAULT_MAX_PAGES) int maxPages, @DefaultValue(DEFAULT_MAX_UPLOAD_SIZE) DataSize maxUploadSize,
		@DefaultValue(DEFAULT_DEADLINE) Duration deadline) {

	public static final String DEFAULT_PDFLATEX_TIMEOUT = "60s";

	public static final String DEFAULT_MAX_IMAGE_SIZE = "20MB";

	public static final String DEFAULT_MAX_IMAGES = "200";

	/** 50 megapixels: well above a full-page figure at 600 dpi (about 34 megapixels). */
	public static final String DEFAULT_MAX_IMAGE_PIXELS = "50000000";

	public static final String DEFAULT_AUX_CACHE_VERSIONS = "200";

	/**
	 * Five times the 20 MB one image may have: the page stays well within what a Java
	 * string holds.
	 */
	public static final String DEFAULT_MAX_TOTAL_IMAGE_SIZE = "100MB";

	/**
	 * Ten times a long ATBD; a runaway document (a table of 100,000 rows) stops there.
	 */
	public static final String DEFAULT_MAX_PAGES = "1000";

	public static final String DEFAULT_MAX_UPLOAD_SIZE = "200MB";

	/**
	 * Three pdflatex limits: room for fetching images, writing and uploading around a
	 * slow typesetting.
	 */
	public static final String DEFAULT_DEADLINE = "3m";

	@ConstructorBinding
	public RenderProperties {
		workDirectory = workDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDirectory;
		if (pdflatexTimeout.isNegative() || pdflatexTimeout.isZero()) {
			throw new IllegalArgumentException("pressroom.render.pdflatex-timeout must be positive");
		}
		if (maxImagePixels < 1) {
			throw new IllegalArgumentException("pressroom.render.max-image-pixels must be positive");
		}
		if (auxCacheVersions < 1) {
			throw new IllegalArgumentException("pressroom.render.aux-cache-versions must be at least 1");
		}
		if (maxTotalImageSize.isNegative()) {
			throw new IllegalArgumentException("pressroom.render.max-total-image-size must not be negative");
		}
		if (maxPages < 1) {
			throw new IllegalArgumentException("pressroom.render.max-pages must be at least 1");
		}
		deadline = (deadline == null) ? Duration.parse("PT" + DEFAULT_DEADLINE.toUpperCase()) : deadline;
		if (deadline.isNegative() || deadline.isZero()) {
			throw new IllegalArgumentException("pressroom.render.deadline must be positive");
		}
	}

	/** Without a whole-render deadline: the default applies. */
	public RenderProperties(Path workDirectory, Duration pdflatexTimeout, DataSize maxImageSize, int maxImages,
			long maxImagePixels, int auxCacheVersions, DataSize maxTotalImageSize, int maxPages,
			DataSize maxUploadSize) {
		this(workDirectory, pdflatexTimeout, maxImageSize, maxImages, maxImagePixels, auxCacheVersions,
				maxTotalImageSize, maxPages, maxUploadSize, null);
	}

}
