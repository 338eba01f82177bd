package org.pressroom.worker.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTest {

	@Test
	void mapsWordsSymbolFontCharactersToWhatTheyStandFor() {
		assertThat(CleanText.of("\uf071 \uf072 \uf074 \uf06d \uf0b1 \uf0ad \uf0af \uf0b0 \uf0a3"))
			.isEqualTo("θ ρ τ μ ± ↑ ↓ ° ≤");
		assertThat(CleanText.of("\uf0a7 \uf06c \uf0b2")).as("outside the range or ambiguous: left to be marked")
			.isEqualTo("\uf0a7 \uf06c \uf0b2");
	}

	@Test
	void dropsC0AndC1ControlCharactersButKeepsLineBreaks() {
		assertThat(CleanText.of("a\u0000b\u0007c\u0081d\u0083e\u009ff\u007fg")).isEqualTo("abcdefg");
		assertThat(CleanText.of("one\r\ntwo\rthree\tfour\nfive")).isEqualTo("one\ntwo\nthree four\nfive");
	}

	@Test
	void leavesWordsLinearFormatDebrisMarkedAndRepairsLoneSurrogates() {
		assertThat(CleanText.of("〖x〗▒┬")).isEqualTo("〖x〗▒┬");
		assertThat(CleanText.of("a\ud800b\udc00c😀")).isEqualTo("a\ufffdb\ufffdc😀");
		assertThat(CleanText.of("e\u0301")).isEqualTo("é");
	}

	@Test
	void putsTextOnOneLine() {
		assertThat(CleanText.line("  a \n\t b  ")).isEqualTo("a b");
		assertThat(CleanText.line(null)).isEmpty();
	}

}
