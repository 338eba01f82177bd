package org.pressroom.worker.html;

import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Image;
import org.pressroom.worker.document.ImageFormat;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWriterTest {

	private static final String MOON = "data:image/jpeg;base64,AA==";

	private final HtmlWriter writer = new HtmlWriter();

	@Test
	void rendersTheSectionsInAptOrderWithAnchors() {
		HtmlSource html = write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", MOON));

		Document page = Jsoup.parse(html.html());
		assertThat(page.select("main > section").eachAttr("id")).containsExactly("algorithm-description",
				"scientific-theory", "mathematical-theory", "mathematical-theory-assumptions",
				"algorithm-output-variables", "performance-assessment-validation",
				"performance-assessment-validation-methods", "algorithm-implementations", "data-access",
				"data-access-output-data", "journal-acknowledgements", "contacts", "references", "citation");
		assertThat(page.select("main > section > :first-child").eachText()).startsWith("Algorithm Description",
				"Scientific Theory", "Mathematical Theory", "Mathematical Theory Assumptions", "Output Variables");
		assertThat(page.select("#scientific-theory h4").eachAttr("id")).containsExactly("equation-example",
				"image-example", "table-example", "canopy-cover-types");
		assertThat(page.select("nav.toc a").eachAttr("href")).contains("#scientific-theory", "#references");
		assertThat(page.select("nav.toc li.level-2 a").eachText()).contains("Scientific Theory");
		assertThat(page.selectFirst("header h1").text()).isEqualTo("GEDI test fixture: every node type");
		assertThat(page.selectFirst("header .version").text()).isEqualTo("Version 1.2 • Published");
		assertThat(page.selectFirst("header .doi a").attr("href")).isEqualTo("https://doi.org/10.5067/TEST/0001");
		assertThat(html.warnings()).isEmpty();
	}

	@Test
	void linksItsStylesheetsAndScriptsAndHoldsNoInlineScriptOrStyle() {
		Document page = Jsoup.parse(write(AptDocuments.fixtureVersion(), Map.of()).html());

		assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/assets/katex/katex.min.css",
				"/assets/pressroom/document.css");
		assertThat(page.select("script").eachAttr("src")).containsExactly("/assets/katex/katex.min.js",
				"/assets/pressroom/typeset-math.js");
		assertThat(page.select("script")).allSatisfy((script) -> {
			assertThat(script.hasAttr("defer")).as("deferred, so KaTeX runs first and the page is parsed").isTrue();
			assertThat(script.data()).isEmpty();
		});
		assertThat(page.select("style, [style]")).isEmpty();
		assertThat(page.selectFirst("link[rel=icon]").attr("href")).as("no request for /favicon.ico")
			.isEqualTo("data:,");
		assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
	}

	@Test
	void rendersRichText() {
		Document page = Jsoup.parse(write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", MOON)).html());

		Element theory = page.getElementById("scientific-theory");
		assertThat(theory.select("strong").eachText()).contains("algorithm", "document");
		assertThat(theory.select("strong > em").eachText()).containsExactly("document");
		assertThat(theory.selectFirst("a[href=https://en.wikipedia.org]").text())
			.isEqualTo("profile over vegetated areas");
		assertThat(theory.select("p").first().select("br")).hasSize(1);
		assertThat(theory.select("p").first().text()).contains("~52°S. The data product");
		assertThat(theory.select("ol > li")).hasSize(2);
		assertThat(theory.selectFirst("div.math.display").text())
			.isEqualTo("\\[F_{app}(x) = \\sum_{n=1}^{\\infty} \\sqrt {2^{-n} \\cdot x}\\]");
		assertThat(theory.selectFirst("figure img").attr("src")).isEqualTo(MOON);
		assertThat(theory.selectFirst("figure figcaption").text()).isEqualTo("This is an image caption");
		assertThat(theory.select("figure.table tr")).hasSize(3);
		assertThat(theory.selectFirst("figure.table > figcaption + .table-scroll > table")).as("caption first")
			.isNotNull();
		assertThat(theory.selectFirst("figure.table figcaption").text())
			.isEqualTo("Test results by different entities");
		assertThat(page.getElementById("mathematical-theory").select("ol > li > ul > li")).hasSize(3);
		assertThat(page.getElementById("mathematical-theory").select("sub, u").eachText())
			.containsExactly("subscripted", "underlined");
		assertThat(page.select("#algorithm-output-variables th").eachText()).containsExactly("Name", "Long name",
				"Unit");
		assertThat(page.select("#algorithm-output-variables td").eachText()).containsExactly("Acc", "Acceleration",
				"m/s2");
	}

	@Test
	void linksCitationsToTheNumberedReferenceList() {
		Document page = Jsoup.parse(write(AptDocuments.fixtureVersion(), Map.of()).html());

		assertThat(page.selectFirst("a.citation").attr("href")).isEqualTo("#ref-1");
		assertThat(page.selectFirst("a.citation").text()).isEqualTo("[1]");
		Element reference = page.getElementById("ref-1");
		assertThat(reference.parent().is("ol.references")).isTrue();
		assertThat(reference.text()).isEqualTo("[1] Dickens, Charles and Steinbeck, John (1995). Example Reference. A, "
				+ "42ml(ticket), 189-198. 3rd edition. Boston: PenguinBooks. ISBN 123456789.");
		assertThat(reference.selectFirst("em").text()).isEqualTo("A");
	}

	@Test
	void typesetsAcceptedEquationsWithKatexAndShowsRefusedOnesAsPlaceholders() {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [
						  {"type": "p", "children": [{"text": "Inline "}, {"type": "equation-inline", "children": [{"text": "$\\\\alpha^2$"}]},
						    {"text": " and "}, {"type": "equation-inline", "children": [{"text": "\\\\input{/etc/passwd}"}]}]},
						  {"type": "equation", "children": [{"text": "a &= b \\\\\\\\ c &= d"}]},
						  {"type": "equation", "children": [{"text": "\\\\catcode`\\\\^=7"}]}
						]}}""");

		HtmlSource html = write(version, Map.of());

		Document page = Jsoup.parse(html.html());
		assertThat(page.select(".math").eachText()).containsExactly("\\(\\alpha^2\\)",
				"\\[\\begin{aligned}a &= b \\\\ c &= d\\end{aligned}\\]");
		assertThat(page.select(".placeholder").eachText()).containsExactly("[equation not rendered]",
				"[equation not rendered]");
		assertThat(page.text()).doesNotContain("passwd", "catcode");
		assertThat(html.warnings()).as("the document has them, once for both writers").isEmpty();
	}

	@Test
	void embedsAnImageShownTwiceOnlyOnce() {
		String uri = "data:image/png;base64," + "QUJD".repeat(10_000);
		VersionSnapshot version = AptDocuments.version("{\"introduction\": {\"children\": ["
				+ "{\"type\": \"image-block\", \"children\": [{\"type\": \"img\", \"objectKey\": \"a.png\"}]},"
					.repeat(1000)
				+ "{\"type\": \"image-block\", \"children\": [{\"type\": \"img\", \"objectKey\": \"b.png\"}]}]}}");
		Map<String, Image> images = Map.of("a.png",
				Image.available("a.png", "images/image-0.png", ImageFormat.PNG, 40, 30), "b.png",
				Image.available("b.png", "images/image-1.png", ImageFormat.PNG, 40, 30));

		HtmlSource html = this.writer.write(AptDocuments.read(version, images), Map.of("a.png", uri, "b.png", uri));

		assertThat(html.html().split(Pattern.quote(uri), -1)).as("a.png once, b.png (shown once) once").hasSize(3);
		Document page = Jsoup.parse(html.html());
		assertThat(page.select("svg.image-definitions symbol")).hasSize(1);
		assertThat(page.selectFirst("svg.image-definitions symbol").id()).isEqualTo("image-1");
		assertThat(page.select("figure svg.image use[href=#image-1]")).hasSize(1000);
		assertThat(page.selectFirst("figure svg.image").attr("viewBox")).isEqualTo("0 0 40 30");
		assertThat(page.select("figure img")).hasSize(1);
	}

	@Test
	void showsAPlaceholderForAPdfImage() {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [
						  {"type": "image-block", "children": [{"type": "img", "objectKey": "figure.pdf", "children": [{"text": ""}]},
						    {"type": "caption", "children": [{"text": "A vector figure"}]}]}
						]}}""");

		HtmlSource html = this.writer.write(
				AptDocuments
					.read(version,
							Map.of("figure.pdf",
									Image.available("figure.pdf", "images/image-0.pdf", ImageFormat.PDF, 0, 0))),
				Map.of());

		Document page = Jsoup.parse(html.html());
		assertThat(page.select("img")).isEmpty();
		assertThat(page.selectFirst(".placeholder").text()).isEqualTo("Image shown in the PDF only: figure.pdf");
		assertThat(page.selectFirst("figcaption").text()).isEqualTo("A vector figure");
		assertThat(html.warnings()).containsExactly("Introduction: image \"figure.pdf\" is a PDF file, which browsers "
				+ "cannot show in a page; the HTML shows a placeholder");
	}

	@Test
	void letsLongTokensBreakAtSlashesAndDots() {
		VersionSnapshot version = AptDocuments.version(
				"""
						{"introduction": {"children": [{"type": "p", "children": [{"text": "See (https://example.org/a/b_c.html)."}]}]}}""");

		String html = write(version, Map.of()).html();

		assertThat(html).contains("See (https://<wbr>example.<wbr>org/<wbr>a/<wbr>b_<wbr>c.<wbr>html).");
	}

	@Test
	void leavesOutEmptyAndMissingSections() {
		VersionSnapshot version = AptDocuments.version("""
				{"abstract": {"children": [{"type": "p", "children": [{}]}]}, "introduction": null,
				 "key_points": " - ", "historical_perspective": {"children": []},
				 "algorithm_input_variables": [], "data_access_input_data": [{"url": "", "description": ""}],
				 "publication_references": [],
				 "journal_discussion": {"children": [{"type": "p", "children": [{"text": "Only this."}]}]}}""");

		Document page = Jsoup.parse(write(version, Map.of()).html());

		assertThat(page.select("main > section").eachAttr("id")).containsExactly("journal-discussion");
		assertThat(page.select("nav.toc a").eachText()).containsExactly("Discussion");
	}

	@Test
	void rendersTheProductionDocumentsOf2021() {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			HtmlSource html = write(version, Map.of());

			assertThat(html.warnings()).as(version.key().toString()).isEmpty();
			Document page = Jsoup.parse(html.html());
			assertThat(page.title()).isEqualTo(version.title().strip());
			assertThat(page.select("main > section")).as(version.key().toString())
				.hasSizeGreaterThan(version.document().isEmpty() ? 0 : 10);
		}
	}

	private HtmlSource write(VersionSnapshot version, Map<String, String> uris) {
		Map<String, Image> images = uris.containsKey("fullmoon.jpg") ? Map.of("fullmoon.jpg",
				Image.available("fullmoon.jpg", "images/image-0.jpg", ImageFormat.JPEG, 100, 100)) : Map.of();
		return this.writer.write(AptDocuments.read(version, images), uris);
	}

}
