package org.pressroom.core.document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * Everything that is rendered for one ATBD version, read in one database snapshot.
 * {@code revision} is the version's change-request revision at that snapshot (0 if none
 * was recorded); it orders competing reads. {@code document} and {@code citation} are
 * APT's JSON as stored; a missing citation is an empty object, a missing document JSON
 * null, which the renderer warns about (APT writes {@code {}} for an empty one).
 * {@code documentType} is APT's {@code atbds.document_type}: {@code HTML} (the document
 * is rendered) or {@code PDF} (the version is an uploaded PDF, {@code pdfUpload}, or null
 * when {@code pdf_id} points nowhere).
 */
public record VersionSnapshot(VersionKey key, int minor, String title, String alias, String status, String doi,
		JsonNode citation, JsonNode document, Instant serializeRequestedAt, List<Contact> contacts, long revision,
		String documentType, PdfUpload pdfUpload) {

	/** APT's document type of ATBDs that are an uploaded PDF. */
	public static final String PDF = "PDF";

	public VersionSnapshot {
		citation = citation == null || citation.isNull() ? JsonNodeFactory.instance.objectNode() : citation;
		document = document == null ? NullNode.getInstance() : document;
		contacts = List.copyOf(contacts);
		documentType = documentType == null ? "HTML" : documentType;
	}

	/** A version of an ATBD whose document APT edits (document type HTML). */
	public VersionSnapshot(VersionKey key, int minor, String title, String alias, String status, String doi,
			JsonNode citation, JsonNode document, Instant serializeRequestedAt, List<Contact> contacts, long revision) {
		this(key, minor, title, alias, status, doi, citation, document, serializeRequestedAt, contacts, revision,
				"HTML", null);
	}

	/** Whether the version is an uploaded PDF rather than a document to render. */
	public boolean isUploadedPdf() {
		return PDF.equals(this.documentType);
	}

	/**
	 * The objectKeys of every image the document shows, in document order; none for an
	 * uploaded PDF.
	 */
	public Set<String> imageKeys() {
		return isUploadedPdf() ? Set.of() : ImageKeys.in(this.document);
	}

}
