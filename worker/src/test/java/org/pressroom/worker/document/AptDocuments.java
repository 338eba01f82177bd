package org.pressroom.worker.document;

import java.awt.image.BufferedImage;
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

import javax.imageio.ImageIO;

import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.testing.AptFixtures;
import org.pressroom.worker.latex.EquationAllowList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * APT's sample documents (test-support's copy of APT's Apache-2.0 fixtures) as version
 * snapshots: the test fixture with every node type, and the versions of the 2021
 * production dump, read from its COPY blocks.
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

	/**
	 * The fixture document as version 1.2 of ATBD 7, with one contact, a DOI and a
	 * citation.
	 */
	public static VersionSnapshot fixtureVersion() {
		Contact contact = new Contact(1, "Ada", "M.", "Lovelace", "https://example.org/ada",
				List.of(new Contact.Mechanism("Email", "ada@example.org")), List.of("Investigator", "Science contact"),
				List.of("Example University"));
		JsonNode citation = JSON
			.readTree("{\"creators\": \"Lovelace, A.\", \"release_date\": \"2021\", \"title\": \"\","
					+ " \"publisher\": \"NASA\", \"version\": \"1.2\"}");
		return new VersionSnapshot(new VersionKey(7, 1), 2, "GEDI test fixture: every node type", "fixture",
				"PUBLISHED", "10.5067/TEST/0001", citation, fixtureDocument(), Instant.EPOCH, List.of(contact), 1);
	}

	/** The version as both writers get it, with no image available. */
	public static Document read(VersionSnapshot version) {
		return read(version, Map.of());
	}

	/** The version as both writers get it, with these images. */
	public static Document read(VersionSnapshot version, Map<String, Image> images) {
		return new DocumentReader(EquationAllowList.policy()).read(version, images);
	}

	/**
	 * The golden document (every node type, {@code golden/every-node.json}) as version
	 * 2.1 of ATBD 9, with two contacts, a DOI and a citation.
	 */
	public static VersionSnapshot goldenVersion() {
		List<Contact> contacts = List.of(
				new Contact(1, "Ada", "M.", "Lovelace", "https://example.org/ada",
						List.of(new Contact.Mechanism("Email", "ada@example.org"),
								new Contact.Mechanism("Phone", "+1 555 0100")),
						List.of("Investigator", "Science contact"), List.of("Example University")),
				new Contact(2, "Grace", null, "Hopper", "javascript:alert(1)", List.of(), List.of(), List.of()));
		JsonNode citation = JSON.readTree("{\"creators\": \"Lovelace, A. and Hopper, G.\", \"release_date\": \"2021\","
				+ " \"title\": \"\", \"publisher\": \"NASA\", \"version\": \"2.1\", \"series_name\": \"ATBDs\"}");
		return new VersionSnapshot(new VersionKey(9, 2), 1, "Every node type: a golden document", "golden",
				"CLOSED_REVIEW_REQUESTED", "10.5067/GOLDEN/0001", citation,
				JSON.readTree(resource("/golden/every-node.json")), Instant.EPOCH, contacts, 1);
	}

	/**
	 * The golden document's images: moon.jpg (a JPEG, shown twice), figure.pdf (a PDF)
	 * and gone.png (not found). No files are written; the writers only name them.
	 */
	public static Map<String, Image> goldenImages() {
		return Map.of("moon.jpg", Image.available("moon.jpg", "images/image-0.jpg", ImageFormat.JPEG, 640, 480),
				"figure.pdf", Image.available("figure.pdf", "images/image-1.pdf", ImageFormat.PDF, 0, 0), "gone.png",
				Image.unavailable("gone.png", "not found, or larger than 20 MB"));
	}

	/** The fixture's image as fetched, without a file (for writers that only name it). */
	public static Map<String, Image> fixtureImages() {
		return Map.of(AptFixtures.FULL_MOON_KEY,
				Image.available(AptFixtures.FULL_MOON_KEY, "images/image-0.jpg", ImageFormat.JPEG, 1200, 1200));
	}

	/**
	 * The fixture's image as the fetcher leaves it: fullmoon.jpg in
	 * {@code jobDir/images}.
	 */
	public static Map<String, Image> fixtureImages(Path jobDir) {
		try {
			Path file = fullMoonImage(Files.createDirectories(jobDir.resolve("images")).resolve("image-0.jpg"));
			BufferedImage image = ImageIO.read(file.toFile());
			return Map.of(AptFixtures.FULL_MOON_KEY, Image.available(AptFixtures.FULL_MOON_KEY, "images/image-0.jpg",
					ImageFormat.JPEG, image.getWidth(), image.getHeight()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String resource(String name) {
		try (InputStream in = AptDocuments.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
					titles.get(atbd), null, row.get(3), row.get(13), citation, JSON.readTree(row.get(4)), Instant.EPOCH,
					contacts, 0));
		}
		return versions;
	}

	/**
	 * The rows of a COPY … FROM stdin block, each column unescaped from COPY text format
	 * (\N is null).
	 */
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
