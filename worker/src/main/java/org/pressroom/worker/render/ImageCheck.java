package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.pressroom.worker.document.ImageFormat;

/**
 * Decides whether a fetched image may be shown, before any writer sees it: its first
 * bytes must say PNG, JPEG or PDF (what pdflatex embeds; the name or S3's content type do
 * not count), a PNG or JPEG may have at most {@code maxPixels} pixels (a small file can
 * declare a huge image, which pdfTeX and browsers would inflate), and it must decode to
 * the end. pdfTeX stops the whole document on a corrupt PNG ("libpng: internal error"),
 * so a damaged image must become a placeholder here. Decoding reads every byte but keeps
 * only every 16th pixel in each direction, so the check needs little memory. A PDF is not
 * decoded here; one pdfTeX cannot embed becomes a placeholder when it stops pdflatex
 * ({@link org.pressroom.worker.latex.PdfTypesetter}).
 */
final class ImageCheck {

	private static final int SUBSAMPLING = 16;

	private final long maxPixels;

	ImageCheck(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/** The image's format and size, or why it cannot be shown, worded for editors. */
	Checked check(Path image) {
		Optional<ImageFormat> format = ImageFormat.of(image);
		if (format.isEmpty()) {
			return Checked.problem("it is not a PNG, JPEG or PDF file");
		}
		if (format.get() == ImageFormat.PDF) {
			return new Checked(ImageFormat.PDF, 0, 0, null);
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Checked.problem("it is not a PNG, JPEG or PDF file");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				long pixels = (long) width * height;
				if (pixels > this.maxPixels) {
					return Checked.problem("it has " + pixels + " pixels, more than " + this.maxPixels);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
				// A cut-short JPEG decodes with a warning ("Premature end of JPEG file"),
				// not an exception.
				AtomicBoolean warned = new AtomicBoolean();
				reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
				reader.read(0, param);
				return warned.get() ? Checked.problem("it is damaged or cut short")
						: new Checked(format.get(), width, height, null);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO reports damage as IIOException, and some as IndexOutOfBounds or
			// IllegalArgument exceptions, worded for developers and differently per JDK.
			return Checked.problem("it is damaged or cut short");
		}
	}

	/**
	 * What the check found: the format and size in pixels (0 for PDF), or the problem.
	 */
	record Checked(ImageFormat format, int width, int height, String problem) {

		static Checked problem(String problem) {
			return new Checked(null, 0, 0, problem);
		}

	}

}
