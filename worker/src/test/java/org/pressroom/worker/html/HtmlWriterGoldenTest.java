package org.pressroom.worker.html;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Golden;

/**
 * The whole HTML page of the golden document (every node type), against
 * golden/every-node.html.
 */
class HtmlWriterGoldenTest {

	@Test
	void writesTheGoldenDocumentAsReviewed() {
		HtmlSource html = new HtmlWriter().write(
				AptDocuments.read(AptDocuments.goldenVersion(), AptDocuments.goldenImages()),
				Map.of("moon.jpg", "data:image/jpeg;base64,TU9PTg=="));

		// One element per line, for a readable diff.
		Golden.assertMatches("every-node.html", html.html()
			.replaceAll(
					"(<(?:p|li|h\\d|section|figure|tr|ul|ol|div|table|thead|tbody|figcaption|nav|main|header|svg|symbol|link|meta|script)[ >])",
					"\n$1"));
	}

}
