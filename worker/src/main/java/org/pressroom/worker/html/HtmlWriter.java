package org.pressroom.worker.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.Bibliography;
import org.pressroom.worker.outline.Links;
import org.pressroom.worker.outline.Outline;
import org.pressroom.worker.outline.Section;
import org.pressroom.worker.outline.StatusLabel;

/**
 * Writes one version as a single HTML page (inline CSS, images by the URLs given, typically data URIs): title
 * block, table of contents and the sections of the PDF, in the same order and with the same anchors, rendered from
 * the document JSON, not from LaTeX. Equations are typeset in the browser by KaTeX, which the page links at
 * {@value #KATEX}: the Pressroom app serves it there, beside the page, so nothing is fetched from elsewhere.
 */
public class HtmlWriter {

	/** Where the app serves KaTeX's dist folder (katex.min.js, katex.min.css and its fonts). */
	public static final String KATEX = "/assets/katex/";

	private static final String STYLE = resource("/templates/html/style.css");

	private static final String TYPESET_MATH = resource("/templates/html/typeset-math.js");

	/**
	 * @param version the version to render
	 * @param imageUrls the URL to show for each objectKey; an objectKey without one renders as a placeholder with a
	 * warning
	 */
	public HtmlSource write(VersionSnapshot version, Map<String, String> imageUrls) {
		HtmlRendering rendering = new HtmlRendering(
				Bibliography.of(version.document().path("publication_references")),
				(imageUrls != null) ? imageUrls : Map.of());
		List<Section> sections = Outline.of(version);
		sections.forEach((section) -> rendering.anchors.unique(section.anchor()));
		String title = (version.title() != null) ? version.title().strip() : "";

		Document page = Document.createShell("");
		page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
		page.selectFirst("html").attr("lang", "en");
		page.head().appendElement("meta").attr("charset", "utf-8");
		page.head().appendElement("meta").attr("name", "viewport")
			.attr("content", "width=device-width, initial-scale=1");
		page.title(title);
		// An empty icon, so that browsers do not ask the server for /favicon.ico.
		page.head().appendElement("link").attr("rel", "icon").attr("href", "data:,");
		page.head().appendElement("link").attr("rel", "stylesheet").attr("href", KATEX + "katex.min.css");
		page.head().appendElement("style").appendChild(new DataNode(STYLE));
		Element body = page.body();
		header(version, title, body.appendElement("header"));
		toc(sections, body.appendElement("nav").addClass("toc"));
		HtmlSections bodies = new HtmlSections(rendering, version);
		Element main = body.appendElement("main");
		for (Section section : sections) {
			Element element = main.appendElement("section").id(section.anchor());
			element.appendElement("h" + (section.level() + 1)).text(section.title());
			bodies.body(section, element);
		}
		body.appendElement("script").attr("src", KATEX + "katex.min.js");
		body.appendElement("script").appendChild(new DataNode(TYPESET_MATH));
		return new HtmlSource("<!DOCTYPE html>\n" + page.html(), rendering.warnings());
	}

	private static void header(VersionSnapshot version, String title, Element header) {
		header.appendElement("h1").text(title);
		List<String> authors = version.contacts().stream().map(Contact::fullName).filter((n) -> !n.isBlank()).toList();
		if (!authors.isEmpty()) {
			header.appendElement("p").addClass("authors").text(String.join(", ", authors));
		}
		String status = StatusLabel.of(version.status());
		header.appendElement("p").addClass("version")
			.text("Version " + version.key().major() + "." + version.minor()
					+ (status.isEmpty() ? "" : " \u2022 " + status));
		String doi = (version.doi() != null) ? version.doi().strip() : "";
		if (!doi.isEmpty()) {
			Element line = header.appendElement("p").addClass("doi").appendText("DOI: ");
			line.appendElement("a").attr("href", Links.doi(doi)).text(doi);
		}
	}

	private static void toc(List<Section> sections, Element nav) {
		nav.appendElement("h2").text("Contents");
		Element list = nav.appendElement("ul");
		for (Section section : sections) {
			if (section.level() <= 2) {
				Element item = list.appendElement("li");
				if (section.level() == 2) {
					item.attr("style", "padding-left: 1.25rem");
				}
				item.appendElement("a").attr("href", "#" + section.anchor()).text(section.title());
			}
		}
	}

	private static String resource(String name) {
		try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
