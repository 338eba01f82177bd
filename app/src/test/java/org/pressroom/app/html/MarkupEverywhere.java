package org.pressroom.app.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An ATBD, PUBLISHED, with markup in every text field Pressroom writes to a page: the
 * title, the DOI, every citation field, each contact's names, URL, mechanism and the
 * roles and affiliations of its link, every section kind (rich text with marks, links,
 * citations, headings, lists, figures with captions and objectKeys, tables, equations;
 * key points; variables as strings and as rich text, with captions; link lists with URLs
 * and descriptions) and every reference field. Each payload would set
 * {@code window.pwned_<field>} if it ran, so a test can tell which field let markup
 * through; URL fields hold {@code javascript:} URLs too. The page also has equations, so
 * that it must still typeset them.
 */
final class MarkupEverywhere {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** field name → the text stored there. */
	private final Map<String, String> payloads = new LinkedHashMap<>();

	/**
	 * The markup for one field: an element with a handler, a script, an SVG, and an
	 * attribute break-out.
	 */
	String payload(String field) {
		String set = "window.pwned_" + field + "=1";
		String text = field + " \"'><img src=x onerror=" + set + "><script>" + set + "</script><svg onload=" + set
				+ "><a href=\"javascript:" + set + "\">" + field + "</a>";
		this.payloads.put(field, text);
		return text;
	}

	/** A {@code javascript:} URL for one field. */
	String javascriptUrl(String field) {
		String url = "javascript:window.pwned_" + field + "=1";
		this.payloads.put(field, url);
		return url;
	}

	Map<String, String> payloads() {
		return this.payloads;
	}

	/** Inserts it; returns the ATBD's id. */
	int insert(JdbcClient jdbc) {
		int atbd = jdbc.sql("""
				INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
				VALUES (:title, 'markup-everywhere', 'pressroom-tests', 'pressroom-tests') RETURNING id
				""").param("title", payload("title")).query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, citation, doi, created_by,
				                               last_updated_by, owner)
				VALUES (:atbd, 1, 0, 'PUBLISHED', :document::json, :citation::json, :doi, 'pressroom-tests',
				        'pressroom-tests', 'pressroom-tests')
				""")
			.param("atbd", atbd)
			.param("document", document().toString())
			.param("citation", citation().toString())
			.param("doi", "10.5067/" + payload("doi"))
			.update();
		int contact = jdbc.sql("""
				INSERT INTO apt.contacts (first_name, middle_name, last_name, url, mechanisms)
				VALUES (:first, :middle, :last, :url,
				        ARRAY[ROW('Email', :email)::apt.contact_mechanism, ROW('Other', :other)::apt.contact_mechanism])
				RETURNING id
				""")
			.param("first", payload("contact_first_name"))
			.param("middle", payload("contact_middle_name"))
			.param("last", payload("contact_last_name"))
			.param("url", javascriptUrl("contact_url"))
			.param("email", "someone@nasa.gov" + payload("contact_email"))
			.param("other", payload("contact_mechanism"))
			.query(Integer.class)
			.single();
		int second = jdbc.sql("""
				INSERT INTO apt.contacts (first_name, last_name, url) VALUES ('Second', :last, :url) RETURNING id
				""")
			.param("last", payload("second_contact"))
			.param("url", "https://example.org/" + payload("contact_https_url"))
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO apt.atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
				VALUES (:atbd, 1, :contact, ARRAY[:role1, :role2], ARRAY[:affiliation]),
				       (:atbd, 1, :second, ARRAY['Investigator'], ARRAY[:second_affiliation])
				""")
			.param("atbd", atbd)
			.param("contact", contact)
			.param("second", second)
			.param("role1", payload("roles"))
			.param("role2", payload("second_role"))
			.param("affiliation", payload("affiliations"))
			.param("second_affiliation", payload("second_affiliation"))
			.update();
		return atbd;
	}

	private ObjectNode citation() {
		ObjectNode citation = JSON.objectNode();
		for (String field : List.of("creators", "editors", "title", "series_name", "release_date", "release_place",
				"publisher", "version", "issue", "additional_details")) {
			citation.put(field, payload("citation_" + field));
		}
		citation.put("online_resource", javascriptUrl("citation_online_resource"));
		return citation;
	}

	private ObjectNode document() {
		ObjectNode document = JSON.objectNode();
		document.set("abstract", richText(p("abstract")));
		document.set("plain_summary", richText(p("plain_summary")));
		document.put("key_points", "- " + payload("key_point_1") + "\n- " + payload("key_point_2"));
		document.set("version_description", richText(p("version_description")));
		document.set("introduction", introduction());
		document.set("historical_perspective", richText(p("historical_perspective")));
		document.set("scientific_theory", richText(p("scientific_theory"), equation("E = mc^2")));
		document.set("mathematical_theory", richText(p("mathematical_theory"), element("p",
				text(payload("before_inline_equation")), element("equation-inline", text("\\sum_{i=1}^{n} x_i < y")))));
		document.set("algorithm_input_variables", variables("input", false));
		document.put("algorithm_input_variables_caption", payload("input_variables_caption"));
		document.set("algorithm_output_variables", variables("output", true));
		document.put("algorithm_output_variables_caption", payload("output_variables_caption"));
		document.set("algorithm_usage_constraints", richText(p("algorithm_usage_constraints")));
		document.set("performance_assessment_validation_methods", richText(p("validation_methods")));
		document.set("algorithm_implementations", links("implementation", false));
		document.set("data_access_input_data", links("input_data", true));
		document.set("data_access_output_data", links("output_data", false));
		document.set("data_access_related_urls", links("related_urls", true));
		document.set("data_availability", richText(p("data_availability")));
		document.set("journal_discussion", richText(p("journal_discussion")));
		document.set("journal_acknowledgements", richText(p("journal_acknowledgements")));
		document.set("publication_references", references());
		return document;
	}

	private ObjectNode introduction() {
		ObjectNode marked = text(payload("bold_italic_text"));
		marked.put("bold", true).put("italic", true).put("underline", true).put("superscript", true);
		ObjectNode heading = element("sub-section", text(payload("sub_section")));
		heading.put("id", payload("sub_section_id"));
		ObjectNode link = element("a", text(payload("link_text")));
		link.put("url", javascriptUrl("link_url"));
		ObjectNode bareLink = element("a", text(""));
		bareLink.put("url", "JaVaScRiPt:window.pwned_bare_link_url=1");
		this.payloads.put("bare_link_url", "JaVaScRiPt:window.pwned_bare_link_url=1");
		ObjectNode httpsLink = element("a", text("an https link"));
		httpsLink.put("url", "https://example.org/" + payload("link_https_url"));
		ObjectNode citationRef = element("ref", text(""));
		citationRef.put("refId", payload("ref_id"));
		ObjectNode knownRef = element("ref", text(""));
		knownRef.put("refId", "ref-1" + payload("reference_id"));
		ObjectNode img = element("img", text(""));
		img.put("objectKey", payload("object_key"));
		ObjectNode figure = element("image-block", img, element("caption", text(payload("image_caption"))));
		ObjectNode table = element("table-block",
				element("table", element("tr", element("td", p("table_cell")), element("td", p("table_cell_2")))),
				element("caption", text(payload("table_caption"))));
		return richText(
				element("p", marked, text(" "), link, text(" "), bareLink, text(" "), httpsLink, text(" "), citationRef,
						knownRef),
				heading, element("ul", element("li", p("list_item"))), element("ol", element("li", p("ordered_item"))),
				figure, table, equation("\\frac{a}{b} = c"));
	}

	private ArrayNode variables(String prefix, boolean richText) {
		ArrayNode variables = JSON.arrayNode();
		ObjectNode variable = variables.addObject();
		for (String key : List.of("name", "long_name", "unit")) {
			String field = prefix + "_variable_" + key;
			if (richText) {
				variable.set(key, richText(p(field)));
			}
			else {
				variable.put(key, payload(field));
			}
		}
		return variables;
	}

	private ArrayNode links(String prefix, boolean richDescription) {
		ArrayNode links = JSON.arrayNode();
		ObjectNode first = links.addObject();
		first.put("url", javascriptUrl(prefix + "_url"));
		if (richDescription) {
			first.set("description", richText(p(prefix + "_description")));
		}
		else {
			first.put("description", payload(prefix + "_description"));
		}
		ObjectNode second = links.addObject();
		second.put("url", "https://example.org/" + payload(prefix + "_https_url"));
		return links;
	}

	private ArrayNode references() {
		ArrayNode references = JSON.arrayNode();
		ObjectNode reference = references.addObject();
		reference.put("id", "ref-1" + payload("reference_id"));
		for (String field : List.of("authors", "year", "title", "series", "volume", "issue", "pages", "edition",
				"publication_place", "publisher", "isbn", "report_number", "doi", "other_reference_details")) {
			reference.put(field, payload("reference_" + field));
		}
		reference.put("online_resource", javascriptUrl("reference_online_resource"));
		ObjectNode second = references.addObject();
		second.put("id", "second");
		second.put("title", payload("second_reference_title"));
		second.put("online_resource", "https://example.org/" + payload("reference_https_online_resource"));
		return references;
	}

	private ObjectNode p(String field) {
		return element("p", text(payload(field)));
	}

	private static ObjectNode equation(String latex) {
		return element("equation", text(latex));
	}

	private static ObjectNode text(String text) {
		return JSON.objectNode().put("text", text);
	}

	private static ObjectNode element(String type, ObjectNode... children) {
		ObjectNode element = JSON.objectNode().put("type", type);
		ArrayNode array = element.putArray("children");
		for (ObjectNode child : children) {
			array.add(child);
		}
		if (children.length == 0) {
			array.add(text(""));
		}
		return element;
	}

	private static ObjectNode richText(ObjectNode... blocks) {
		ObjectNode richText = JSON.objectNode();
		ArrayNode children = richText.putArray("children");
		for (ObjectNode block : blocks) {
			children.add(block);
		}
		return richText;
	}

	/** The fields whose payload text the page does not show. */
	static List<String> missing(Map<String, String> payloads, String visibleText, String title) {
		List<String> missing = new ArrayList<>();
		String text = visibleText.replaceAll("\\s+", " ");
		payloads.forEach((field, payload) -> {
			String shown = payload.replaceAll("\\s+", " ");
			if (!text.contains(shown) && !(field.equals("title") && title.contains(shown))) {
				missing.add(field);
			}
		});
		return missing;
	}

}
