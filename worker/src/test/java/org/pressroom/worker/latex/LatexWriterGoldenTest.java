package org.pressroom.worker.latex;

import org.junit.jupiter.api.Test;
import org.pressroom.worker.document.AptDocuments;
import org.pressroom.worker.document.Golden;

/**
 * The whole LaTeX of the golden document (every node type), against
 * golden/every-node.tex.
 */
class LatexWriterGoldenTest {

	@Test
	void writesTheGoldenDocumentAsReviewed() {
		LatexSource latex = new LatexWriter(1000)
			.write(AptDocuments.read(AptDocuments.goldenVersion(), AptDocuments.goldenImages()));

		Golden.assertMatches("every-node.tex", latex.tex().substring(latex.preamble().length()));
	}

}
