package org.pressroom.worker.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.pressroom.core.checksum.VersionContent;
import org.pressroom.core.document.PdfUpload;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.springframework.stereotype.Component;

/**
 * Renders a PDF-type version (APT's {@code atbds.document_type = 'PDF'}): its PDF is the
 * uploaded file, byte for byte, from {@code pdf_uploads.file_path} in APT's bucket, and
 * its HTML a page that links to it. An upload that is missing, too large, outside the
 * ATBD's folder or no readable PDF is a {@link ContentFailure} an editor sees, never an
 * empty document.
 */
@Component
class UploadedPdfRenderer {

	private final OutputStore store;

	private final RenderProperties properties;

	UploadedPdfRenderer(OutputStore store, RenderProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	RenderedDocument render(VersionContent content, Path jobDir) throws IOException {
		VersionSnapshot version = content.version();
		long start = System.nanoTime();
		Path json = Files.write(jobDir.resolve("document.json"), content.canonical().json());
		Path pdf = download(version, jobDir.resolve("document.pdf"));
		long fetched = System.nanoTime();
		Path html = Files.writeString(jobDir.resolve("document.html"), UploadedPdfPage.write(version),
				StandardCharsets.UTF_8);
		Map<String, Long> timings = Map.of("pdf", (fetched - start) / 1_000_000, "html",
				(System.nanoTime() - fetched) / 1_000_000);
		return new RenderedDocument(json, null, pdf, html, timings, List.of());
	}

	private Path download(VersionSnapshot version, Path target) throws IOException {
		PdfUpload upload = version.pdfUpload();
		int atbd = version.key().atbdId();
		if (upload == null) {
			throw new ContentFailure("ATBD " + atbd + " is a PDF-type ATBD, but version " + version.key().major()
					+ " has no uploaded PDF (atbd_versions.pdf_id is empty)");
		}
		String key = OutputKeys.upload(atbd, upload.filePath())
			.orElseThrow(() -> new ContentFailure(
					"The uploaded PDF's path \"" + upload.filePath() + "\" (pdf_uploads id " + upload.id()
							+ ") is not inside ATBD " + atbd + "'s folder \"" + atbd + "/\" of APT's bucket"));
		long limit = this.properties.maxUploadSize().toBytes();
		if (!this.store.downloadAptObject(key, target, limit)) {
			throw new ContentFailure(this.store.aptObjectVersion(key).isEmpty()
					? "The uploaded PDF \"" + key + "\" (pdf_uploads id " + upload.id() + ") is not in APT's bucket"
					: "The uploaded PDF \"" + key + "\" is larger than pressroom.render.max-upload-size ("
							+ this.properties.maxUploadSize() + ")");
		}
		checkReadable(target, key);
		return target;
	}

	/**
	 * Opens the file with PDFBox: a file that is no PDF, or a damaged one, is not
	 * published as the version's PDF.
	 */
	private static void checkReadable(Path pdf, String key) {
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
			if (document.getNumberOfPages() < 1) {
				throw new ContentFailure("The uploaded PDF \"" + key + "\" has no pages");
			}
		}
		catch (IOException ex) {
			// PDFBox's message names offsets, not the job folder; strip the path in case
			// a version of it does
			String reason = String.valueOf(ex.getMessage()).replace(pdf.toString(), "document.pdf");
			throw new ContentFailure("The uploaded file \"" + key + "\" is not a readable PDF: " + reason);
		}
	}

}
