package org.pressroom.worker.latex;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressroom.core.document.Contact;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.testing.PdfToText;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Document;
import org.pressroom.worker.html.HtmlWriter;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13's fidelity rules on documents made to break them, each feature in a document
 * of its own: formula-like prose, URLs typed as text, long URLs in every field that holds
 * one, unbreakable tokens in narrow and in many table cells, a display equation wider
 * than the page, Word's Symbol-font characters, C1 controls, a 250,000-character word and
 * 20,000 backslashes. pdftotext (which drops what lies off the page) holds every text in
 * full, the log has no box more than {@value PdfTypesetter#OVERFULL_POINTS} pt past its
 * column, and the HTML holds every text too.
 */
class FidelityIT {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final String CMR = "https://cmr.earthdata.nasa.gov/search/concepts/C1711924822-LPCLOUD.html?token="
			+ "229aabe8b195cfe39ee6c58e45885832f98baeb7bf46463e93915c88c26d779a:OLpAZlE4HqIOMr0TYqg7UQ";

	private static final String CODES = "ATMFAIL,LAND,HILT,STRAYLIGHT,CLDICE,COCCOLITH,HISATZEN,LOWLW,HIGLINT,NAVWARN";

	private final PdfTypesetter typesetter = new PdfTypesetter(new LatexWriter(1000),
			new PdfLatex(Duration.ofSeconds(120)), 1000);

	@TempDir
	Path jobDir;

	@Test
	void setsFormulasAndUrlsTypedAsProseWithinTheLine() {
		List<String> texts = List.of(
				"The index CI = R_{rs}(\\lambda_{green})-[R_{rs}(\\lambda_{blue})+(\\lambda_{green}-\\lambda_{blue})/(\\lambda_{red}-\\lambda_{blue})*(R_{rs}(\\lambda_{red})-R_{rs}(\\lambda_{blue}))] is computed per pixel.",
				"Processing follows the description (see https://oceancolor.gsfc.nasa.gov/resources/atbd/chlor_a/long/path/to/the/algorithm_description-document.html).",
				"Flags " + CODES + " are set, and the granule is " + CMR + " in the archive.");
		assertFaithful(paragraphs(texts), texts);
	}

	@Test
	void setsLongUrlsWithinTheLineInEveryFieldThatHoldsOne() {
		ObjectNode document = paragraphs(List.of("Links follow."));
		((ArrayNode) document.get("introduction").get("children")).addObject()
			.put("type", "p")
			.putArray("children")
			.addObject()
			.put("type", "a")
			.put("url", CMR + "&a")
			.putArray("children")
			.addObject()
			.put("text", "");
		for (String field : List.of("algorithm_implementations", "data_access_input_data", "data_access_output_data",
				"data_access_related_urls")) {
			document.putArray(field)
				.addObject()
				.put("url", CMR + "&" + field)
				.put("description", "Description of " + field);
		}
		document.putArray("publication_references")
			.addObject()
			.put("id", "r")
			.put("title", "A paper")
			.put("online_resource", CMR + "&reference")
			.put("doi", "10.5067/HLS/HLSS30.015/" + "A1B2C3D4E5".repeat(4));
		VersionSnapshot version = new VersionSnapshot(new VersionKey(1, 1), 0, "Long URLs", "urls", "DRAFT", null,
				AptDocuments.JSON.readTree("{\"title\": \"Long URLs\", \"online_resource\": \"" + CMR + "&citation\"}"),
				document, Instant.EPOCH,
				List.of(new Contact(1, "Ada", null, "Lovelace", CMR + "&contact", List.of(), List.of(), List.of())), 0);
		List<String> texts = new ArrayList<>(List.of(CMR + "&a", CMR + "&reference", CMR + "&citation",
				CMR + "&contact", "10.5067/HLS/HLSS30.015/" + "A1B2C3D4E5".repeat(4)));
		List.of("algorithm_implementations", "data_access_input_data", "data_access_output_data",
				"data_access_related_urls")
			.forEach((field) -> texts.add(CMR + "&" + field));

		assertFaithful(version, texts);
	}

	@Test
	void wrapsUnbreakableTokensInNarrowCellsAndShrinksWideTables() {
		ObjectNode document = JSON.objectNode();
		ArrayNode blocks = document.putObject("introduction").putArray("children");
		List<String> texts = new ArrayList<>();
		List<List<String>> narrow = List.of(
				List.of("Flag", "Meaning", CODES, "Bits", "0x0001|0x0002|0x0004|0x0008|0x0010", "Notes"),
				List.of("ATMFAIL", "Atmospheric correction failure", "LAND,HILT", "1", "0x0001", "—"));
		table(blocks, narrow, "Flags in narrow cells");
		narrow.forEach(texts::addAll);
		List<List<String>> wide = new ArrayList<>();
		for (int row = 1; row <= 3; row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 1; column <= 20; column++) {
				cells.add("r" + row + "c" + column + "_" + "QC" + column + "FLAG");
			}
			wide.add(cells);
		}
		table(blocks, wide, "Twenty columns");
		wide.forEach(texts::addAll);

		assertFaithful(AptDocuments.version(document), texts);
	}

	@Test
	void scalesADisplayEquationWiderThanTheLineDownToIt() {
		ObjectNode document = paragraphs(List.of("Before the equation."));
		((ArrayNode) document.get("introduction").get("children")).addObject()
			.put("type", "equation")
			.putArray("children")
			.addObject()
			.put("text",
					"\\rho_{TOA}\\left( \\theta_{S},\\theta_{\\nu}, \\psi, P, \\overbrace{\\tau_{A}, \\omega_{0},P_{A}}^{Aerosols},"
							+ "U_{H_{2}O}, U_{O_{3}}\\right) = Tg_{OG} \\left(m,P\\right)Tg_{O_{3}}\\left(m,U_{U_{O_{3}}}\\right) \\left[\\rho_{atm}"
							+ "\\left(\\theta_{S}, \\theta{\\nu},\\psi,P,\\tau_{A}, \\omega_{0},P_{A},U_{H_{2}O}\\right) + Tr_{atm}(\\theta_{S}) + S_{atm}\\right]");

		assertFaithful(document, List.of("Before the equation.", "Aerosols"));
	}

	@Test
	void showsWordSymbolFontCharactersAndDropsControlCharacters() {
		List<String> source = List.of(
				"Angles \uf071 = 5\uf0b0 and \uf072, \uf074, \uf06d m, \uf0b1 2 K, \uf0ad up, \uf0af down.",
				"Mojibake \u00c3\u0081lvarez and Mu\u0083noz, with a bell\u0007.", "Linear format 〖x〗▒ stays marked.");
		ObjectNode document = paragraphs(source);

		PdfTypesetter.Typeset result = assertFaithful(document,
				List.of("Angles θ = 5° and ρ, τ, μ m, ± 2 K, ↑ up, ↓ down.",
						"Mojibake \u00c3lvarez and Munoz, with a bell.", "Linear format"));

		assertThat(result.warnings())
			.containsExactly("Characters the PDF cannot show are printed as boxed code points: "
					+ "U+2592 (▒), U+3016 (〖), U+3017 (〗)");
	}

	@Test
	void setsAQuarterMillionCharacterWordAndTwentyThousandBackslashes() {
		List<String> texts = List.of("x".repeat(250_000), "\\".repeat(20_000), "End of the document.");

		PdfTypesetter.Typeset result = assertFaithful(paragraphs(texts), texts);

		System.out.printf("A 250,000-character word and 20,000 backslashes: %d pages in %d ms%n",
				PdfText.pages(result.pdf().pdf()), result.pdf().elapsed().toMillis());
	}

	private PdfTypesetter.Typeset assertFaithful(ObjectNode document, List<String> texts) {
		return assertFaithful(AptDocuments.version(document), texts);
	}

	private PdfTypesetter.Typeset assertFaithful(VersionSnapshot version, List<String> texts) {
		Document document = AptDocuments.read(version);

		PdfTypesetter.Typeset result = this.typesetter.typeset(document, this.jobDir, (preamble) -> null);

		String pdf = PdfToText.normal(PdfToText.of(result.pdf().pdf()));
		assertThat(texts).allSatisfy(
				(text) -> assertThat(pdf.contains(PdfToText.normal(text))).as("pdftotext shows %s", abbreviated(text))
					.isTrue());
		assertThat(result.pdf().overfull())
			.allSatisfy((box) -> assertThat(box.points()).as("overfull box at line %d", box.line())
				.isLessThanOrEqualTo(PdfTypesetter.OVERFULL_POINTS));
		assertThat(result.warnings()).noneMatch((warning) -> warning.contains("past the edge"));
		String html = PdfToText.normal(Jsoup.parse(new HtmlWriter().write(document, Map.of()).html()).body().text());
		assertThat(texts).allSatisfy(
				(text) -> assertThat(html.contains(PdfToText.normal(text))).as("the HTML shows %s", abbreviated(text))
					.isTrue());
		return result;
	}

	private static ObjectNode paragraphs(List<String> texts) {
		ObjectNode document = JSON.objectNode();
		ArrayNode children = document.putObject("introduction").putArray("children");
		texts.forEach(
				(text) -> children.addObject().put("type", "p").putArray("children").addObject().put("text", text));
		return document;
	}

	private static void table(ArrayNode blocks, List<List<String>> rows, String caption) {
		ObjectNode block = blocks.addObject().put("type", "table-block");
		ArrayNode children = block.putArray("children");
		ArrayNode tableRows = children.addObject().put("type", "table").putArray("children");
		for (List<String> row : rows) {
			ArrayNode cells = tableRows.addObject().put("type", "tr").putArray("children");
			row.forEach((cell) -> cells.addObject()
				.put("type", "td")
				.putArray("children")
				.addObject()
				.put("type", "p")
				.putArray("children")
				.addObject()
				.put("text", cell));
		}
		children.addObject().put("type", "caption").putArray("children").addObject().put("text", caption);
	}

	private static String abbreviated(String text) {
		return (text.length() > 100) ? text.substring(0, 97) + "... (" + text.length() + " characters)" : text;
	}

}
