package org.pressroom.worker.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12's stored XSS: markup in every text field Pressroom writes into the page
 * (title, status, DOI, contacts and all their fields, roles, affiliations, references,
 * the citation, captions, cells, variables, key points, data-access URLs and
 * descriptions, link targets and texts, heading ids, image keys, equations, element
 * types) comes out as text: the parsed page has no script but its two linked ones, no on*
 * attribute and no javascript: URL. A roles field once went through jsoup's
 * {@code after(String)}, which parses its argument.
 */
class HtmlSafetyTest {

	private static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
			"javascript:alert(3)", "\"><svg onload=alert(4)>", "' onmouseover='alert(5)",
			"</p><iframe src=javascript:alert(6)>", " JaVaScRiPt:alert(7)", "<style>body{display:none}</style>");

	private static final Pattern JAVASCRIPT = Pattern
		.compile("^[\\s\\u0000-\\u001f]*j\\s*a\\s*v\\s*a\\s*s\\s*c\\s*r\\s*i\\s*p\\s*t\\s*:", Pattern.CASE_INSENSITIVE);

	/** The attributes a browser follows as URLs. */
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "xlink:href", "action", "formaction",
			"data", "poster", "background", "srcset");

	@Test
	void showsMarkupInEveryFieldAsText() {
		for (String payload : PAYLOADS) {
			VersionSnapshot version = hostile(payload);
			Map<String, Image> images = Map.of(payload,
					Image.available(payload, "images/image-0.png", ImageFormat.PNG, 2, 2));

			String html = new HtmlWriter()
				.write(AptDocuments.read(version, images), Map.of(payload, "data:image/png;base64,AAAA"))
				.html();

			Document page = Jsoup.parse(html);
			assertThat(page.select("script")).as(payload)
				.hasSize(2)
				.allSatisfy((script) -> assertThat(script.attr("src")).startsWith("/assets/"));
			assertThat(page.select("style, iframe, svg[onload], img[onerror]")).as(payload).isEmpty();
			for (Element element : page.getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as(payload + " in " + element.tagName())
						.doesNotStartWith("on");
					assertThat(URL_ATTRIBUTES.contains(attribute.getKey())
							&& JAVASCRIPT.matcher(attribute.getValue()).find())
						.as(payload + ": " + attribute.getKey() + "=" + attribute.getValue())
						.isFalse();
				}
			}
			assertThat(page.body().text()).as("shown as text").contains(payload.strip());
		}
	}

	@Test
	void buildsTheHtmlThroughTheDomOnly() throws IOException {
		Pattern stringToHtml = Pattern.compile("\\.(html|after|before|append|prepend|wrap|outerHtml)\\(\\s*[^)\\s]"
				+ "|Jsoup\\.parse|DataNode|Parser\\.|\\.attr\\(\"style\"|appendElement\\(\"(script|style)\"\\)\\.append");
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/pressroom/worker/html"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Files.readAllLines(source)
					.stream()
					.filter((line) -> stringToHtml.matcher(line).find())
					.forEach((line) -> found.add(source.getFileName() + ": " + line.strip()));
			}
		}
		assertThat(found).as("calls that parse a string as HTML").isEmpty();
	}

	/** A version with the payload in every field the page shows. */
	private static VersionSnapshot hostile(String x) {
		JsonNodeFactory json = JsonNodeFactory.instance;
		ObjectNode document = json.objectNode();
		ArrayNode blocks = document.putObject("introduction").putArray("children");
		ObjectNode heading = blocks.addObject().put("type", "sub-section").put("id", x);
		heading.putArray("children").addObject().put("text", x);
		ObjectNode paragraph = blocks.addObject().put("type", "p");
		ArrayNode inlines = paragraph.putArray("children");
		inlines.addObject().put("text", x).put("bold", true);
		ObjectNode link = inlines.addObject().put("type", "a").put("url", x);
		link.putArray("children").addObject().put("text", x);
		inlines.addObject()
			.put("type", "a")
			.put("url", "https://example.org/" + x)
			.putArray("children")
			.addObject()
			.put("text", "");
		inlines.addObject().put("type", "ref").put("refId", x).putArray("children").addObject().put("text", "");
		inlines.addObject().put("type", "equation-inline").putArray("children").addObject().put("text", x);
		inlines.addObject().put("type", x).putArray("children").addObject().put("text", "unknown inline " + x);
		blocks.addObject().put("type", "equation").putArray("children").addObject().put("text", x);
		ObjectNode figure = blocks.addObject().put("type", "image-block");
		figure.putArray("children").addObject().put("type", "img").put("objectKey", x);
		((ArrayNode) figure.get("children")).addObject()
			.put("type", "caption")
			.putArray("children")
			.addObject()
			.put("text", x);
		ObjectNode table = blocks.addObject().put("type", "table-block");
		ObjectNode rows = table.putArray("children").addObject().put("type", "table");
		ObjectNode cell = rows.putArray("children")
			.addObject()
			.put("type", "tr")
			.putArray("children")
			.addObject()
			.put("type", "td");
		cell.putArray("children").addObject().put("type", "p").putArray("children").addObject().put("text", x);
		((ArrayNode) table.get("children")).addObject()
			.put("type", "caption")
			.putArray("children")
			.addObject()
			.put("text", x);
		blocks.addObject()
			.put("type", x)
			.putArray("children")
			.addObject()
			.put("type", "p")
			.putArray("children")
			.addObject()
			.put("text", "unknown block " + x);
		document.put("key_points", x + "\n- " + x);
		ArrayNode variables = document.putArray("algorithm_input_variables");
		variables.addObject().put("name", x).put("long_name", x).put("unit", x);
		ObjectNode rich = variables.addObject();
		rich.putObject("name")
			.putArray("children")
			.addObject()
			.put("type", "p")
			.putArray("children")
			.addObject()
			.put("text", x);
		document.put("algorithm_input_variables_caption", x);
		for (String section : List.of("algorithm_implementations", "data_access_input_data", "data_access_output_data",
				"data_access_related_urls")) {
			ArrayNode links = document.putArray(section);
			links.addObject().put("url", x).put("description", x);
			links.addObject()
				.put("url", "https://example.org/?q=" + x)
				.putObject("description")
				.putArray("children")
				.addObject()
				.put("type", "p")
				.putArray("children")
				.addObject()
				.put("text", x);
		}
		ObjectNode reference = document.putArray("publication_references").addObject();
		for (String field : List.of("id", "authors", "year", "title", "series", "volume", "issue", "pages", "edition",
				"publication_place", "publisher", "isbn", "report_number", "doi", "online_resource",
				"other_reference_details")) {
			reference.put(field, x);
		}
		ObjectNode citation = json.objectNode();
		for (String field : List.of("creators", "editors", "title", "series_name", "release_date", "release_place",
				"publisher", "version", "issue", "additional_details", "online_resource")) {
			citation.put(field, x);
		}
		Contact contact = new Contact(1, x, x, x, x,
				List.of(new Contact.Mechanism(x, x), new Contact.Mechanism("Email", x + "@example.org")), List.of(x, x),
				List.of(x));
		return new VersionSnapshot(new VersionKey(1, 1), 0, x, x, x, x, citation, document, Instant.EPOCH,
				List.of(contact), 0);
	}

}
