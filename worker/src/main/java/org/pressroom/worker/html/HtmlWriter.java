package org.pressroom.worker.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.pressroom.worker.document.Document;
import org.pressroom.worker.document.Section;
import org.pressroom.worker.document.TitleBlock;

/**
 * Writes one document as a single HTML page: title block, table of contents and the
 * sections of the PDF, in the same order and with the same anchors, from the same
 * document model, never from LaTeX. Every node is built through jsoup's DOM (no database
 * string reaches a string-to-HTML call), and the page holds no inline script, no
 * {@code <style>} and no style attribute, so that the app can serve it under a
 * Content-Security-Policy that allows only its own assets: it links KaTeX and its
 * stylesheet at {@value #KATEX}, and Pressroom's at {@value #ASSETS}
 * ({@code document.css}; {@code typeset-math.js}, which typesets the equations with
 * KaTeX). Images are data: URIs, each embedded once ({@link HtmlImages}).
 */
public class HtmlWriter {

	/**
	 * Where the app serves KaTeX's dist folder (katex.min.js, katex.min.css and its
	 * fonts).
	 */
	public static final String KATEX = "/assets/katex/";

	/** Where the app serves Pressroom's stylesheet and script for the page. */
	public static final String ASSETS = "/assets/pressroom/";

	/**
	 * @param document the document to write
	 * @param imageUris the data: URI of each available PNG or JPEG image, by objectKey
	 */
	public HtmlSource write(Document document, Map<String, String> imageUris) {
		TitleBlock title = document.title();
		org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
		page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false).syntax(OutputSettings.Syntax.html);
		page.selectFirst("html").attr("lang", "en");
		Element head = page.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		page.title(title.title());
		// An empty icon, so that browsers do not ask the server for /favicon.ico.
		head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
		head.appendElement("link").attr("rel", "stylesheet").attr("href", KATEX + "katex.min.css");
		head.appendElement("link").attr("rel", "stylesheet").attr("href", ASSETS + "document.css");
		// Deferred scripts run in order once the page is parsed: KaTeX first, then what
		// typesets with it.
		head.appendElement("script").attr("src", KATEX + "katex.min.js").attr("defer", "");
		head.appendElement("script").attr("src", ASSETS + "typeset-math.js").attr("defer", "");
		Element body = page.body();
		header(title, body.appendElement("header"));
		toc(document.sections(), body.appendElement("nav").addClass("toc"));
		List<String> warnings = new ArrayList<>();
		HtmlImages images = new HtmlImages((imageUris != null) ? imageUris : Map.of(), FigureUses.of(document),
				warnings);
		images.definitionsIn(body);
		HtmlBlocks blocks = new HtmlBlocks(images);
		Element main = body.appendElement("main");
		for (Section section : document.sections()) {
			Element element = main.appendElement("section").id(section.anchor());
			element.appendElement("h" + (section.level() + 1)).text(section.title());
			blocks.write(section.blocks(), element, section.title());
		}
		return new HtmlSource("<!DOCTYPE html>\n" + page.html(), warnings);
	}

	private static void header(TitleBlock title, Element header) {
		header.appendElement("h1").text(title.title());
		if (!title.authors().isEmpty()) {
			header.appendElement("p").addClass("authors").text(String.join(", ", title.authors()));
		}
		header.appendElement("p")
			.addClass("version")
			.text("Version " + title.version() + (title.status().isEmpty() ? "" : " \u2022 " + title.status()));
		if (!title.doi().isEmpty()) {
			Element line = header.appendElement("p").addClass("doi").appendText("DOI: ");
			line.appendElement("a").attr("href", title.doiHref()).text(title.doi());
		}
	}

	private static void toc(List<Section> sections, Element nav) {
		nav.appendElement("h2").text("Contents");
		Element list = nav.appendElement("ul");
		for (Section section : sections) {
			if (section.level() <= 2) {
				Element item = list.appendElement("li").addClass((section.level() == 2) ? "level-2" : "level-1");
				item.appendElement("a").attr("href", "#" + section.anchor()).text(section.title());
			}
		}
	}

}
