package org.pressroom.testing;

/** The inserts behind {@link AptFixtures#insertFixtureAtbd}, in APT's v2 tables. */
final class FixtureSql {

	static final String ATBD = """
			INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
			VALUES (?, ?, 'pressroom-tests', 'pressroom-tests')
			RETURNING id
			""";

	static final String VERSION = """
			INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by, owner)
			VALUES (?, 1, 0, 'DRAFT', ?::json, 'pressroom-tests', 'pressroom-tests', 'pressroom-tests')
			""";

	static final String CONTACT = """
			INSERT INTO apt.contacts (first_name, middle_name, last_name, url, mechanisms)
			VALUES ('Ada', 'Q.', 'Fixture', 'https://example.org/ada-fixture',
			        '{"(Email,ada.fixture@example.org)"}'::apt.contact_mechanism[])
			RETURNING id
			""";

	static final String VERSION_CONTACT = """
			INSERT INTO apt.atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
			VALUES (?, 1, ?, '{Investigator,"Science contact"}', '{"Pressroom Test Institute"}')
			""";

	private FixtureSql() {
	}

}
