package org.pressroom.app.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;

/**
 * A PDF's text as poppler's pdftotext extracts it (what readers and search engines see), and a normal form for
 * comparing it with the source: NFKC (ligatures and compatibility characters to letters), typographic quotes to
 * ASCII, no whitespace of any kind and no hyphens, since lines break and hyphenate anywhere.
 */
final class PdfToText {

	private PdfToText() {
	}

	static String of(byte[] pdf) throws IOException, InterruptedException {
		Path file = Files.createTempFile("pressroom-pdftotext-", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			byte[] text = process.getInputStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("pdftotext failed; is poppler-utils installed (scripts/install-toolchain)?");
			}
			return new String(text, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC)
			.replaceAll("[\u2018\u2019\u201a\u2032]", "'")
			.replaceAll("[\u201c\u201d\u201e\u2033]", "\"")
			.replaceAll("[\\s\\p{Z}\\-\u2010\u2011\u00ad]", "");
	}

}
