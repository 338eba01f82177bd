package org.pressroom.core.checksum;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a version's canonical document and its checksum. It holds everything that is
 * rendered (title, alias, version numbers, status, DOI, document type, citation,
 * document, contacts with roles and affiliations, the identity of every image (or of the
 * upload of a PDF-type version), the re-render datetime and the renderer version) and
 * nothing that is not ({@code last_updated_at}, {@code locked_by}, review data), so
 * identical content is rendered once and any rendered change is rendered again.
 */
public final class ContentChecksum {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ContentChecksum() {
	}

	/**
	 * @param imageVersions objectKey to the stored image's ETag, or to {@code "missing"};
	 * one entry per image the document shows
	 * @param renderer the renderer version (a worker's, or the current one a dispatcher
	 * reads from the database)
	 */
	public static CanonicalDocument of(VersionSnapshot version, Map<String, String> imageVersions, String renderer) {
		ObjectNode root = common(version, renderer);
		root.set("document", version.document());
		ObjectNode images = root.putObject("images");
		imageVersions.forEach(images::put);
		return canonical(root);
	}

	/**
	 * A PDF-type version: the upload's identity (its row, path and ETag, or "missing")
	 * takes the place of the document and images, which are not rendered, so a new upload
	 * publishes again and a document edit does not.
	 */
	public static CanonicalDocument ofUploadedPdf(VersionSnapshot version, String uploadVersion, String renderer) {
		ObjectNode root = common(version, renderer);
		ObjectNode upload = root.putObject("upload");
		if (version.pdfUpload() != null) {
			upload.put("id", version.pdfUpload().id()).put("path", version.pdfUpload().filePath());
		}
		upload.put("etag", uploadVersion);
		return canonical(root);
	}

	private static ObjectNode common(VersionSnapshot version, String renderer) {
		if (renderer == null || renderer.isBlank()) {
			throw new IllegalArgumentException("a checksum needs the renderer version");
		}
		ObjectNode root = NODES.objectNode();
		root.put("renderer", renderer);
		root.put("atbd_id", version.key().atbdId());
		root.put("title", version.title());
		root.put("alias", version.alias());
		root.put("major", version.key().major());
		root.put("minor", version.minor());
		root.put("status", version.status());
		root.put("doi", version.doi());
		root.put("document_type", version.documentType());
		root.put("serialize_requested_at",
				version.serializeRequestedAt() == null ? null : version.serializeRequestedAt().toString());
		root.set("citation", version.citation());
		ArrayNode contacts = root.putArray("contacts");
		version.contacts().forEach((contact) -> contacts.add(contactNode(contact)));
		return root;
	}

	private static CanonicalDocument canonical(ObjectNode root) {
		byte[] json = CanonicalJson.write(root);
		return new CanonicalDocument(json, sha256(json));
	}

	private static ObjectNode contactNode(Contact contact) {
		ObjectNode node = NODES.objectNode();
		node.put("id", contact.id());
		node.put("first_name", contact.firstName());
		node.put("middle_name", contact.middleName());
		node.put("last_name", contact.lastName());
		node.put("url", contact.url());
		ArrayNode mechanisms = node.putArray("mechanisms");
		contact.mechanisms()
			.forEach((
					mechanism) -> mechanisms.addObject().put("type", mechanism.type()).put("value", mechanism.value()));
		contact.roles().forEach(node.putArray("roles")::add);
		contact.affiliations().forEach(node.putArray("affiliations")::add);
		return node;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
