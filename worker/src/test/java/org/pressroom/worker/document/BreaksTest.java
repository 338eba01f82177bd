package org.pressroom.worker.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreaksTest {

	@Test
	void prefersBreaksAfterSlashesDotsDashesAndCommasOfLongTokens() {
		assertThat(marked("www.nasa.gov/a_b")).isEqualTo("www.|nasa.|gov/|a_|b");
		assertThat(marked("ATMFAIL,LAND,HILT")).isEqualTo("ATMFAIL,|LAND,|HILT");
		assertThat(marked("https://x.org")).as("after a run of them").isEqualTo("https://|x.|org");
		assertThat(marked("e.g., U.S.")).as("short tokens never break").isEqualTo("e.g., U.S.");
	}

	@Test
	void breaksLongTokensAnywhereAsALastResortButNotWords() {
		assertThat(marked("229aabe8b195cfe39ee6c5")).isEqualTo("2~2~9~a~a~b~e~8~b~1~9~5~c~f~e~3~9~e~e~6~c~5");
		assertThat(marked("x/229aabe8b195cfe39ee6c5")).isEqualTo("x/|2~2~9~a~a~b~e~8~b~1~9~5~c~f~e~3~9~e~e~6~c~5");
		assertThat(marked("C1711924822-LPCLOUD")).as("no stretch of 16 without a break; TeX breaks after -")
			.isEqualTo("C1711924822-LPCLOUD");
		assertThat(Breaks.of("Characteristically")).isNull();
		assertThat(marked("a".repeat(40))).isEqualTo("a" + "~a".repeat(39));
		assertThat(Breaks.of("plain words only, nothing long")).isNull();
	}

	@Test
	void neverBreaksInsideASurrogatePairOrBeforeACombiningMark() {
		String text = "😀😀😀😀😀😀😀😀😀😀e\u0301e\u0301e\u0301e\u0301e\u0301";
		byte[] breaks = Breaks.of(text);

		for (int i = 0; i < text.length(); i++) {
			if (Character.isLowSurrogate(text.charAt(i)) || text.charAt(i) == '\u0301') {
				assertThat(breaks[i]).as("at %d", i).isEqualTo(Breaks.NONE);
			}
		}
	}

	/**
	 * The text with "|" before each preferred break and "~" before each last-resort one.
	 */
	private static String marked(String text) {
		byte[] breaks = Breaks.of(text);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (breaks != null && breaks[i] != Breaks.NONE) {
				out.append((breaks[i] == Breaks.PREFERRED) ? '|' : '~');
			}
			out.append(text.charAt(i));
		}
		return out.toString();
	}

}
