package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A PDF's text as poppler's pdftotext extracts it (what readers and search engines see),
 * in the order the PDF holds it ({@code -raw}: the default layout mode reads a table line
 * by line across its columns, interleaving the cells' words); text set past the edge of
 * the page is not extracted, which makes it a test of "nothing runs off the page"; page
 * numbers are left out. The normal form compares it with the source: NFKC (ligatures and
 * compatibility characters to letters), typographic quotes to ASCII, no whitespace of any
 * kind and no hyphens (lines break and hyphenate anywhere), TeX's increment and micro
 * signs as Greek letters.
 */
public final class PdfToText {

	private PdfToText() {
	}

	public static String of(Path pdf) {
		try {
			Process process = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-")
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			byte[] text = process.getInputStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						"pdftotext failed; is poppler-utils installed (scripts/install-toolchain)?");
			}
			return withoutPageNumbers(new String(text, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The same for a PDF in memory (as the API serves it). */
	public static String of(byte[] pdf) {
		try {
			Path file = Files.createTempFile("pressroom-pdftotext-", ".pdf");
			try {
				Files.write(file, pdf);
				return of(file);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each page's text without its last line when that is the page number, which breaks
	 * text that crosses pages.
	 */
	private static String withoutPageNumbers(String text) {
		return Arrays.stream(text.split("\f"))
			.map((page) -> page.stripTrailing().replaceFirst("\n\\d+$", "\n"))
			.collect(Collectors.joining("\n"));
	}

	public static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\u2018\u2019\u201a\u2032]", "'")
			.replaceAll("[\u201c\u201d\u201e\u2033]", "\"")
			// TeX's \Delta and \mu come out as the increment sign and the micro sign.
			.replace('\u2206', '\u0394')
			.replace('\u00b5', '\u03bc')
			.replaceAll("[\\s\\p{Z}\\-\u2010\u2011\u00ad]", "");
	}

}
