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

import org.pressroom.worker.latex.ImageFormat;

/**
 * Decides whether a fetched image may be shown, before any writer sees it: its first bytes must say PNG, JPEG or
 * PDF (what pdflatex embeds; the name or S3's content type do not count), a PNG or JPEG may have at most
 * {@code maxPixels} pixels (a small file can declare a huge image, which pdfTeX and browsers would inflate), and
 * it must decode to the end. pdfTeX stops the whole document on a corrupt PNG ("libpng: internal error"), so a
 * damaged image must become a placeholder here. Decoding reads every byte but keeps only every 16th pixel in each
 * direction, so the check needs little memory.
 */
final class ImageCheck {

	private static final int SUBSAMPLING = 16;

	private final long maxPixels;

	ImageCheck(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/** Why the image cannot be shown, worded for editors; empty when it can. */
	Optional<String> problem(Path image) throws IOException {
		Optional<ImageFormat> format = ImageFormat.of(image);
		if (format.isEmpty()) {
			return Optional.of("it is not a PNG, JPEG or PDF file");
		}
		if (format.get() == ImageFormat.PDF) {
			return Optional.empty();
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.of("it is not a PNG, JPEG or PDF file");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > this.maxPixels) {
					return Optional.of("it has " + pixels + " pixels, more than " + this.maxPixels);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(SUBSAMPLING, SUBSAMPLING, 0, 0);
				// A cut-short JPEG decodes with a warning ("Premature end of JPEG file"), not an exception.
				AtomicBoolean warned = new AtomicBoolean();
				reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
				reader.read(0, param);
				return warned.get() ? Optional.of("it is damaged or cut short") : Optional.empty();
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			// ImageIO reports damage as IIOException, and some as IndexOutOfBounds or IllegalArgument exceptions,
			// worded for developers and differently per JDK.
			return Optional.of("it is damaged or cut short");
		}
	}

}
