package org.pressroom.worker.html;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.worker.outline.AptDocuments;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlWriterTest {

	private final HtmlWriter writer = new HtmlWriter();

	@Test
	void rendersTheSectionsInAptOrderWithAnchors() {
		HtmlSource html = this.writer.write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", "data:image/jpeg;base64,AA=="));

		Document page = Jsoup.parse(html.html());
		assertThat(page.select("main > section").eachAttr("id")).containsExactly("algorithm-description",
				"scientific-theory", "mathematical-theory", "mathematical-theory-assumptions",
				"algorithm-output-variables", "performance-assessment-validation",
				"performance-assessment-validation-methods", "algorithm-implementations", "data-access",
				"data-access-output-data", "journal-acknowledgements", "contacts", "references", "citation");
		assertThat(page.select("main > section > :first-child").eachText()).startsWith("Algorithm Description",
				"Scientific Theory", "Mathematical Theory", "Mathematical Theory Assumptions", "Output Variables");
		assertThat(page.select("#scientific-theory > h3")).hasSize(1);
		assertThat(page.select("#scientific-theory h4").eachAttr("id")).containsExactly("equation-example",
				"image-example", "table-example", "canopy-cover-types");
		assertThat(page.select("nav.toc a").eachAttr("href")).contains("#scientific-theory", "#references");
		assertThat(page.selectFirst("header h1").text()).isEqualTo("GEDI test fixture: every node type");
		assertThat(page.selectFirst("header .version").text()).isEqualTo("Version 1.2 • Published");
		assertThat(page.selectFirst("header .doi a").attr("href")).isEqualTo("https://doi.org/10.5067/TEST/0001");
		assertThat(html.warnings()).isEmpty();
	}

	@Test
	void isSelfContainedButForKatexWhichTheAppServes() {
		Document page = Jsoup.parse(this.writer.write(AptDocuments.fixtureVersion(), Map.of()).html());

		assertThat(page.select("head > style").html()).contains("font-family");
		assertThat(page.select("link[href]:not([rel=icon]), script[src]")).allSatisfy((element) -> assertThat(
				element.hasAttr("src") ? element.attr("src") : element.attr("href")).startsWith(HtmlWriter.KATEX));
		assertThat(page.selectFirst("link[rel=icon]").attr("href")).as("no request for /favicon.ico").isEqualTo("data:,");
		assertThat(page.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
	}

	@Test
	void rendersRichText() {
		Document page = Jsoup.parse(this.writer.write(AptDocuments.fixtureVersion(), Map.of("fullmoon.jpg", "moon.jpg")).html());

		Element theory = page.getElementById("scientific-theory");
		assertThat(theory.select("strong").eachText()).contains("algorithm", "document");
		assertThat(theory.select("strong > em").eachText()).containsExactly("document");
		assertThat(theory.selectFirst("a[href=https://en.wikipedia.org]").text()).isEqualTo("profile over vegetated areas");
		assertThat(theory.select("p").first().select("br")).hasSize(1);
		assertThat(theory.select("p").first().text()).contains("~52°S. The data product");
		assertThat(theory.select("ol > li")).hasSize(2);
		assertThat(theory.selectFirst("div.math.display").text())
			.isEqualTo("\\[F_{app}(x) = \\sum_{n=1}^{\\infty} \\sqrt {2^{-n} \\cdot x}\\]");
		assertThat(theory.selectFirst("figure img").attr("src")).isEqualTo("moon.jpg");
		assertThat(theory.selectFirst("figure figcaption").text()).isEqualTo("This is an image caption");
		assertThat(theory.select("figure.table tr")).hasSize(3);
		assertThat(theory.selectFirst("figure.table figcaption").text()).isEqualTo("Test results by different entities");
		assertThat(page.getElementById("mathematical-theory").select("ol > li > ul > li")).hasSize(3);
		assertThat(page.getElementById("mathematical-theory").select("sub, u").eachText()).containsExactly("subscripted",
				"underlined");
		assertThat(page.select("#algorithm-output-variables th").eachText()).containsExactly("Name", "Long name", "Unit");
		assertThat(page.select("#algorithm-output-variables td").eachText()).containsExactly("Acc", "Acceleration", "m/s2");
	}

	@Test
	void linksCitationsToTheNumberedReferenceList() {
		Document page = Jsoup.parse(this.writer.write(AptDocuments.fixtureVersion(), Map.of()).html());

		assertThat(page.selectFirst("a.citation").attr("href")).isEqualTo("#ref-1");
		assertThat(page.selectFirst("a.citation").text()).isEqualTo("[1]");
		Element reference = page.getElementById("ref-1");
		assertThat(reference.parent().is("ol.references")).isTrue();
		assertThat(reference.text()).isEqualTo("[1] Dickens, Charles and Steinbeck, John (1995). Example Reference. A, "
				+ "42ml(ticket), 189-198. 3rd edition. Boston: PenguinBooks. ISBN 123456789.");
		assertThat(reference.selectFirst("em").text()).isEqualTo("A");
	}

	@Test
	void escapesMarkupInTextEquationsAndUrls() {
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "<script>alert('x')</script> & <b>not bold</b>"},
				    {"type": "a", "url": "https://example.org/\\" onmouseover=\\"alert(1)", "children": [{"text": "link"}]},
				    {"type": "equation-inline", "children": [{"text": "a < b </span><script>"}]}]}
				]}}""");

		HtmlSource html = this.writer.write(version, Map.of());

		Document page = Jsoup.parse(html.html());
		assertThat(page.select("main script, main b")).isEmpty();
		assertThat(page.select("script")).as("KaTeX and the call that typesets with it").hasSize(2);
		assertThat(page.selectFirst("#introduction p").ownText()).isEqualTo("<script>alert('x')</script> & <b>not bold</b>");
		assertThat(page.selectFirst("#introduction a").attributes().size()).isEqualTo(1);
		assertThat(page.selectFirst("#introduction a").attr("href")).isEqualTo("https://example.org/\" onmouseover=\"alert(1)");
		assertThat(page.selectFirst("span.math.inline").text()).isEqualTo("\\(a < b </span><script>\\)");
		assertThat(html.html()).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
	}

	@Test
	void typesetsEquationsWithTheAppsKatexAndRefusesWhatThePdfRefuses() {
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"text": "Inline "}, {"type": "equation-inline", "children": [{"text": "$\\\\alpha^2$"}]},
				    {"text": " and "}, {"type": "equation-inline", "children": [{"text": "\\\\input{/etc/passwd}"}]}]},
				  {"type": "equation", "children": [{"text": "a &= b \\\\\\\\ c &= d"}]},
				  {"type": "equation", "children": [{"text": "\\\\catcode`\\\\^=7"}]}
				]}}""");

		HtmlSource html = this.writer.write(version, Map.of());

		Document page = Jsoup.parse(html.html());
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/katex/katex.min.css");
		assertThat(page.select("script[src]").eachAttr("src")).containsExactly("/assets/katex/katex.min.js");
		assertThat(page.select("script:not([src])").first().data()).contains("katex.render", "throwOnError: false");
		assertThat(page.select(".math").eachText()).containsExactly("\\(\\alpha^2\\)",
				"\\[\\begin{aligned}a &= b \\\\ c &= d\\end{aligned}\\]");
		assertThat(page.select(".placeholder").eachText()).containsExactly("[equation not rendered]",
				"[equation not rendered]");
		assertThat(page.text()).doesNotContain("passwd", "catcode");
		assertThat(html.warnings()).hasSize(2).allSatisfy(
				(warning) -> assertThat(warning).startsWith("Introduction: equation not rendered ("));
	}

	@Test
	void showsAPlaceholderForAPdfImage() {
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "figure.pdf", "children": [{"text": ""}]},
				    {"type": "caption", "children": [{"text": "A vector figure"}]}]}
				]}}""");

		HtmlSource html = this.writer.write(version, Map.of("figure.pdf", "data:application/pdf;base64,JVBERi0="));

		Document page = Jsoup.parse(html.html());
		assertThat(page.select("img")).isEmpty();
		assertThat(page.selectFirst(".placeholder").text()).isEqualTo("Image shown in the PDF only: figure.pdf");
		assertThat(page.selectFirst("figcaption").text()).isEqualTo("A vector figure");
		assertThat(html.warnings()).containsExactly("Introduction: image \"figure.pdf\" is a PDF file, which browsers "
				+ "cannot show in a page; the HTML shows a placeholder");
	}

	@Test
	void leavesOutEmptyAndMissingSections() {
		VersionSnapshot version = AptDocuments.version("""
				{"abstract": {"children": [{"type": "p", "children": [{}]}]}, "introduction": null,
				 "key_points": "  ", "historical_perspective": {"children": []},
				 "algorithm_input_variables": [], "data_access_input_data": [{"url": "", "description": ""}],
				 "publication_references": [],
				 "journal_discussion": {"children": [{"type": "p", "children": [{"text": "Only this."}]}]}}""");

		Document page = Jsoup.parse(this.writer.write(version, Map.of()).html());

		assertThat(page.select("main > section").eachAttr("id")).containsExactly("journal-discussion");
		assertThat(page.select("nav.toc a").eachText()).containsExactly("Discussion");
	}

	@Test
	void warnsAboutWhatItCannotShow() {
		VersionSnapshot version = AptDocuments.version("""
				{"introduction": {"children": [
				  {"type": "p", "children": [{"type": "ref", "refId": "missing", "children": [{"text": ""}]},
				    {"type": "a", "url": "javascript:alert(1)", "children": [{"text": "click"}]}]},
				  {"type": "image-block", "children": [{"type": "img", "objectKey": "gone.png", "children": [{"text": ""}]},
				    {"type": "caption", "children": [{"text": "Gone"}]}]},
				  {"type": "marquee", "children": [{"text": "Unknown"}]}
				]}}""");

		HtmlSource html = this.writer.write(version, Map.of());

		assertThat(html.warnings()).containsExactly(
				"Introduction: a citation names reference \"missing\", which is not in the reference list; shown as [?]",
				"Introduction: link target \"javascript:alert(1)\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)",
				"Introduction: image \"gone.png\" is not available; a placeholder is shown",
				"Introduction: unknown element type \"marquee\" shown as plain text");
		Document page = Jsoup.parse(html.html());
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		assertThat(page.selectFirst(".citation.missing").text()).isEqualTo("[?]");
		assertThat(page.selectFirst(".placeholder").text()).isEqualTo("Image not available: gone.png");
		assertThat(page.selectFirst("#introduction").text()).contains("click", "Unknown");
	}

	@Test
	void rendersTheProductionDocumentsOf2021() {
		for (VersionSnapshot version : AptDocuments.beta1Versions()) {
			HtmlSource html = this.writer.write(version, Map.of());

			assertThat(html.warnings()).as(version.key().toString()).isEmpty();
			Document page = Jsoup.parse(html.html());
			assertThat(page.title()).isEqualTo(version.title().strip());
			assertThat(page.select("main > section")).as(version.key().toString())
				.hasSizeGreaterThan(version.document().isEmpty() ? 0 : 10);
		}
	}

}
