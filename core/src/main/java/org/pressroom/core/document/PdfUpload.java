package org.pressroom.core.document;

/**
 * The uploaded PDF of a PDF-type ATBD version ({@code apt.pdf_uploads} row that
 * {@code atbd_versions.pdf_id} points at): APT serves the object at {@code filePath} in
 * its bucket as the version's PDF, and so does Pressroom.
 */
public record PdfUpload(int id, String filePath) {
}
