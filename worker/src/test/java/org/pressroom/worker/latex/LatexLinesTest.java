package org.pressroom.worker.latex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatexLinesTest {

	@Test
	void breaksALongParagraphAtSpacesIntoLinesOfAboutTheTargetLength() {
		String paragraph = "canopy cover ".repeat(20_000).strip();

		String wrapped = LatexLines.wrap("\\section{A}\n\n" + paragraph + "\n\nEnd.\n");

		assertThat(wrapped.lines()).allSatisfy((line) -> assertThat(line).hasSizeLessThan(LatexLines.TARGET_LENGTH + 20));
		assertThat(wrapped.replace('\n', ' ')).isEqualTo(("\\section{A}\n\n" + paragraph + "\n\nEnd.\n").replace('\n', ' '));
		assertThat(wrapped).doesNotContain("\n\n\n").contains("\n\nEnd.\n");
	}

	@Test
	void leavesShortLinesAlone() {
		String tex = "A short line.\n\nAnother  one with two spaces.\n";

		assertThat(LatexLines.wrap(tex)).isEqualTo(tex);
	}

	@Test
	void neverBreaksInsideEquationsCommentsControlSpacesOrBeforeSpaces() {
		String words = "word ".repeat(LatexLines.TARGET_LENGTH / 5);
		String inline = "\\(a + b + c\\)";
		String display = "x = " + "y + ".repeat(LatexLines.TARGET_LENGTH) + "z";
		String tex = words + inline + " after.\n" + "\\[\n" + display + "\n\\]\n" + words + "% a comment " + words
				+ "\n" + words + "\\ \\ control spaces and  two spaces\n";

		String wrapped = LatexLines.wrap(tex);

		assertThat(wrapped).contains(inline, "\n" + display + "\n", "% a comment " + words + "\n",
				"\\ \\ control", "and  two");
		assertThat(wrapped.replace('\n', ' ')).isEqualTo(tex.replace('\n', ' '));
	}

}
