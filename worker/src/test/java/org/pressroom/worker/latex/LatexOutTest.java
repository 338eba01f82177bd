package org.pressroom.worker.latex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatexOutTest {

	@Test
	void countsLines() {
		LatexOut out = new LatexOut().append("a\nb").append("c\n\n");

		assertThat(out.line()).isEqualTo(4);
		assertThat(out.toString()).isEqualTo("a\nbc\n\n");
	}

	@Test
	void breaksLongLinesBetweenPiecesWithoutChangingWhatTexReads() {
		LatexOut commands = new LatexOut();
		LatexOut words = new LatexOut();
		for (int i = 0; i < 400; i++) {
			commands.append("\\textbf{word}");
			words.append(" and");
		}

		assertThat(commands.toString().lines()).hasSizeGreaterThan(3)
			.allSatisfy((line) -> assertThat(line.length()).isLessThan(LatexText.LINE_LENGTH + 20));
		assertThat(commands.toString().replace("%\n", "")).isEqualTo("\\textbf{word}".repeat(400));
		assertThat(words.toString()).contains("and\nand").doesNotContain("\n ", "%");
		assertThat(words.toString().replace("\n", " ")).isEqualTo(" and".repeat(400));
	}

	@Test
	void givesAPieceALineOfItsOwn() {
		LatexOut out = new LatexOut().append("Before ").startLine().append("\\(x\\)").endLine().append(" after.");

		assertThat(out.toString()).isEqualTo("Before %\n\\(x\\)\nafter.");
		assertThat(out.line()).isEqualTo(3);
	}

	@Test
	void dropsTrailingLineEndsButNeverTheEndOfAComment() {
		LatexOut out = new LatexOut().append("cell\n\n");
		out.dropTrailingNewlines();
		assertThat(out.toString()).isEqualTo("cell");
		assertThat(out.line()).isEqualTo(1);

		LatexOut comment = new LatexOut().append("x").startLine();
		comment.dropTrailingNewlines();
		assertThat(comment.toString()).isEqualTo("x%\n");
	}

}
