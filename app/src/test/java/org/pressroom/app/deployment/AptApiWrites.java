package org.pressroom.app.deployment;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writes APT's API makes for its editors (NASA-IMPACT/nasa-apt app/api/v2/*.py
 * through app/crud/*.py), each one request: one transaction as {@code app_user}, with
 * APT's search_path and unqualified names, as SQLAlchemy sends them. Each returns the
 * warnings the server sent with it.
 */
final class AptApiWrites {

	static final String OWNER_SUB = "2f1c7e0a-owner";

	private final AptDatabase apt;

	AptApiWrites(AptDatabase apt) {
		this.apt = apt;
	}

	/** POST /atbds: an ATBD with version 1.0 (DRAFT), its document as given. */
	int createAtbd(String title, String alias, String documentType, String documentJson) {
		return this.apt.asAppUser((jdbc) -> {
			int atbd = jdbc.sql("""
					INSERT INTO atbds (title, alias, created_by, last_updated_by, document_type)
					VALUES (:title, :alias, :sub, :sub, CAST(:type AS atbd_document_type)) RETURNING id
					""")
				.param("title", title)
				.param("alias", alias)
				.param("sub", OWNER_SUB)
				.param("type", documentType)
				.query(Integer.class)
				.single();
			jdbc.sql("""
					INSERT INTO atbd_versions (atbd_id, major, minor, created_by, last_updated_by, owner, document)
					VALUES (:atbd, 1, 0, :sub, :sub, :sub, CAST(:document AS json))
					""").param("atbd", atbd).param("sub", OWNER_SUB).param("document", documentJson).update();
			return atbd;
		});
	}

	/**
	 * POST /atbds/{id}/upload: the upload's row, whose object the browser then PUTs to
	 * S3.
	 */
	int createUpload(int atbd, String filePath) {
		return this.apt.asAppUser((jdbc) -> jdbc.sql("""
				INSERT INTO pdf_uploads (file_path, created_by, atbd_id) VALUES (:path, :sub, :atbd) RETURNING id
				""").param("path", filePath).param("sub", OWNER_SUB).param("atbd", atbd).query(Integer.class).single());
	}

	/** PATCH /atbds/{id}/versions/{v} with pdf_id. */
	void setPdf(int atbd, int major, int pdfId) {
		update(atbd, major, "pdf_id = ?", pdfId);
	}

	/**
	 * PATCH .../versions/{v} with a document: APT merges the sections it got into the
	 * stored document.
	 */
	List<String> saveDocument(int atbd, int major, String sectionsJson) {
		return update(atbd, major, "document = CAST(document AS jsonb) || CAST(? AS jsonb)", sectionsJson);
	}

	/**
	 * POST /contacts then PATCH .../versions/{v} with the contact: returns the contact
	 * id.
	 */
	int createAndLinkContact(int atbd, int major, String firstName, String lastName) {
		return this.apt.asAppUser((jdbc) -> {
			int contact = jdbc.sql("""
					INSERT INTO contacts (first_name, last_name, mechanisms)
					VALUES (:first, :last, ARRAY[ROW('Email', :email)]::contact_mechanism[]) RETURNING id
					""")
				.param("first", firstName)
				.param("last", lastName)
				.param("email", firstName.toLowerCase() + "@example.org")
				.query(Integer.class)
				.single();
			link(jdbc, atbd, major, contact);
			return contact;
		});
	}

	/** PATCH .../versions/{v} with an existing contact. */
	void linkContact(int atbd, int major, int contact) {
		this.apt.asAppUser((jdbc) -> {
			link(jdbc, atbd, major, contact);
			return null;
		});
	}

	/** POST /contacts/{id}: a contact every linked version shows. */
	void renameContact(int contact, String lastName) {
		this.apt.asAppUser((jdbc) -> jdbc.sql("UPDATE contacts SET last_name = :last WHERE id = :id")
			.param("last", lastName)
			.param("id", contact)
			.update());
	}

	/** POST /events publish: status PUBLISHED, with who and when. */
	void publish(int atbd, int major) {
		update(atbd, major,
				"status = CAST(? AS atbd_version_status), published_by = last_updated_by, " + "published_at = now()",
				"PUBLISHED");
	}

	/** POST /events bump_minor_version. */
	void bumpMinor(int atbd, int major) {
		update(atbd, major, "minor = minor + ?", 1);
	}

	/**
	 * POST /events create new major version: a copy of the latest version with its
	 * contacts, as a DRAFT.
	 */
	void newMajor(int atbd, int fromMajor) {
		this.apt.asAppUser((jdbc) -> {
			jdbc.sql("""
					INSERT INTO atbd_versions (atbd_id, major, minor, created_by, last_updated_by, owner, document,
					                           citation, status)
					SELECT atbd_id, major + 1, 0, owner, owner, owner, document, citation, 'DRAFT'
					FROM atbd_versions WHERE atbd_id = :atbd AND major = :major
					""").param("atbd", atbd).param("major", fromMajor).update();
			return jdbc.sql("""
					INSERT INTO atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
					SELECT atbd_id, major + 1, contact_id, roles, affiliations
					FROM atbd_versions_contacts WHERE atbd_id = :atbd AND major = :major
					""").param("atbd", atbd).param("major", fromMajor).update();
		});
	}

	/** DELETE /atbds/{id}: the ATBD and, by cascade, its versions and links. */
	void deleteAtbd(int atbd) {
		this.apt.asAppUser((jdbc) -> jdbc.sql("DELETE FROM atbds WHERE id = :id").param("id", atbd).update());
	}

	private static void link(JdbcClient jdbc, int atbd, int major, int contact) {
		jdbc.sql(
				"""
						INSERT INTO atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
						VALUES (:atbd, :major, :contact, ARRAY['Writing – original draft', 'Methodology'], ARRAY['APT Test Lab'])
						""")
			.param("atbd", atbd)
			.param("major", major)
			.param("contact", contact)
			.update();
	}

	/** {@code assignment} holds one {@code ?}, for {@code value}. */
	private List<String> update(int atbd, int major, String assignment, Object value) {
		return this.apt.updateAsAppUser(
				"UPDATE atbd_versions SET " + assignment
						+ ", last_updated_by = ?, last_updated_at = now() WHERE atbd_id = ? AND major = ?",
				value, OWNER_SUB, atbd, major);
	}

}
