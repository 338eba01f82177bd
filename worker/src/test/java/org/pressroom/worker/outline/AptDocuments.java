package org.pressroom.worker.outline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.testing.AptFixtures;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * APT's sample documents (test-support's copy of APT's Apache-2.0 fixtures) as version snapshots: the test fixture
 * with every node type, and the versions of the 2021 production dump, read from its COPY blocks.
 */
public final class AptDocuments {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private AptDocuments() {
	}

	public static JsonNode fixtureDocument() {
		return JSON.readTree(AptFixtures.testFixtureDocument());
	}

	/** Writes the fixture's image (fullmoon.jpg) to {@code target}. */
	public static Path fullMoonImage(Path target) {
		try {
			return Files.write(target, AptFixtures.fullMoonImage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fixture document as version 1.2 of ATBD 7, with one contact, a DOI and a citation. */
	public static VersionSnapshot fixtureVersion() {
		Contact contact = new Contact(1, "Ada", "M.", "Lovelace", "https://example.org/ada",
				List.of(new Contact.Mechanism("Email", "ada@example.org")), List.of("Investigator", "Science contact"),
				List.of("Example University"));
		JsonNode citation = JSON.readTree("{\"creators\": \"Lovelace, A.\", \"release_date\": \"2021\", \"title\": \"\","
				+ " \"publisher\": \"NASA\", \"version\": \"1.2\"}");
		return new VersionSnapshot(new VersionKey(7, 1), 2, "GEDI test fixture: every node type", "fixture",
				"PUBLISHED", "10.5067/TEST/0001", citation, fixtureDocument(), Instant.EPOCH, List.of(contact), 1);
	}

	/** A version holding just this document. */
	public static VersionSnapshot version(JsonNode document) {
		return new VersionSnapshot(new VersionKey(1, 1), 0, "Test ATBD", "test", "DRAFT", null, null, document,
				Instant.EPOCH, List.of(), 0);
	}

	public static VersionSnapshot version(String documentJson) {
		return version(JSON.readTree(documentJson));
	}

	/** Every version in beta1-prod-data.sql with its ATBD's title and its contacts. */
	public static List<VersionSnapshot> beta1Versions() {
		String sql = beta1Dump();
		Map<Integer, String> titles = new HashMap<>();
		copy(sql, "apt.atbds").forEach((row) -> titles.put(Integer.parseInt(row.get(0)), row.get(1)));
		Map<Integer, List<String>> people = new HashMap<>();
		copy(sql, "apt.contacts").forEach((row) -> people.put(Integer.parseInt(row.get(0)), row));
		List<VersionSnapshot> versions = new ArrayList<>();
		for (List<String> row : copy(sql, "apt.atbd_versions")) {
			int major = Integer.parseInt(row.get(0));
			int atbd = Integer.parseInt(row.get(2));
			List<Contact> contacts = new ArrayList<>();
			for (List<String> link : copy(sql, "apt.atbd_versions_contacts")) {
				if (Integer.parseInt(link.get(0)) == atbd && Integer.parseInt(link.get(1)) == major) {
					List<String> person = people.get(Integer.parseInt(link.get(2)));
					contacts.add(new Contact(Integer.parseInt(person.get(0)), person.get(1), person.get(2),
							person.get(3), person.get(5), mechanisms(person.get(6)), array(link.get(3)), List.of()));
				}
			}
			JsonNode citation = (row.get(14) != null) ? JSON.readTree(row.get(14)) : null;
			versions.add(new VersionSnapshot(new VersionKey(atbd, major), Integer.parseInt(row.get(1)),
					titles.get(atbd), null, row.get(3), row.get(13), citation, JSON.readTree(row.get(4)),
					Instant.EPOCH, contacts, 0));
		}
		return versions;
	}

	/** The rows of a COPY … FROM stdin block, each column unescaped from COPY text format (\N is null). */
	static List<List<String>> copy(String sql, String table) {
		int start = sql.indexOf("COPY " + table + " (");
		int body = sql.indexOf('\n', start) + 1;
		int end = sql.indexOf("\n\\.\n", body);
		List<List<String>> rows = new ArrayList<>();
		for (String line : sql.substring(body, end + 1).split("\n")) {
			List<String> columns = new ArrayList<>();
			for (String column : line.split("\t", -1)) {
				columns.add(column.equals("\\N") ? null : unescape(column));
			}
			rows.add(columns);
		}
		return rows;
	}

	private static String unescape(String column) {
		StringBuilder out = new StringBuilder(column.length());
		for (int i = 0; i < column.length(); i++) {
			char c = column.charAt(i);
			if (c == '\\' && i + 1 < column.length()) {
				char next = column.charAt(++i);
				out.append(switch (next) {
					case 'n' -> '\n';
					case 't' -> '\t';
					case 'r' -> '\r';
					default -> next;
				});
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static List<Contact.Mechanism> mechanisms(String array) {
		List<Contact.Mechanism> mechanisms = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\(([^,]+),([^)]*)\\)").matcher((array != null) ? array : "");
		while (matcher.find()) {
			mechanisms.add(new Contact.Mechanism(matcher.group(1), matcher.group(2)));
		}
		return mechanisms;
	}

	private static List<String> array(String array) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"([^\"]*)\"|([^,{}\"]+)").matcher((array != null) ? array : "");
		while (matcher.find()) {
			values.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
		}
		return values;
	}

	private static String beta1Dump() {
		try (InputStream dump = AptFixtures.class.getResourceAsStream("apt/beta1-prod-data.sql")) {
			return new String(dump.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
