package org.pressroom.worker.latex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatexTextTest {

	private final LatexText text = new LatexText();

	@Test
	void escapesEveryCharacterTexTreatsSpecially() {
		assertThat(this.text.escape("\\")).isEqualTo("\\textbackslash{}");
		assertThat(this.text.escape("{}")).isEqualTo("\\{\\}");
		assertThat(this.text.escape("$")).isEqualTo("\\$");
		assertThat(this.text.escape("&")).isEqualTo("\\&");
		assertThat(this.text.escape("#")).isEqualTo("\\#");
		assertThat(this.text.escape("^")).isEqualTo("\\textasciicircum{}");
		assertThat(this.text.escape("_")).isEqualTo("\\_");
		assertThat(this.text.escape("%")).isEqualTo("\\%");
		assertThat(this.text.escape("~")).isEqualTo("\\textasciitilde{}");
		assertThat(this.text.escape("<>|\"`"))
			.isEqualTo("\\textless{}\\textgreater{}\\textbar{}\\textquotedbl{}\\textasciigrave{}");
		assertThat(this.text.escape("[x]")).isEqualTo("{[}x{]}");
	}

	@Test
	void escapedCommandsStayText() {
		assertThat(this.text.escape("\\input{/etc/passwd}"))
			.isEqualTo("\\textbackslash{}input\\{/\\brk{}etc/\\brk{}passwd\\}");
		assertThat(this.text.escape("^^5cinput")).isEqualTo("\\textasciicircum{}\\textasciicircum{}5cinput");
	}

	@Test
	void breaksLigaturesThatWouldChangeTheText() {
		assertThat(this.text.escape("a--b c---d")).isEqualTo("a-{}-b c-{}-{}-d");
		assertThat(this.text.escape("''quoted'' ,,low")).isEqualTo("'{}'quoted'{}' ,{},low");
		assertThat(this.text.escape("can't")).isEqualTo("can't");
	}

	@Test
	void turnsLineBreaksAndTabsIntoSpacesAndDropsControlCharacters() {
		assertThat(this.text.escape("a\nb\tc\r\u0007d\u007f")).isEqualTo("a b c d");
	}

	@Test
	void mapsGreekLettersAndMathSymbolsToMath() {
		assertThat(this.text.escape("α β Δ Ω ρ σ θ μ"))
			.isEqualTo("$\\alpha$ $\\beta$ $\\Delta$ $\\Omega$ $\\rho$ $\\sigma$ $\\theta$ $\\mu$");
		assertThat(this.text.escape("≈ ≤ ≥ ± × ÷ ∑ ∫ √ ∞ → ← ∆ −")).isEqualTo(
				"$\\approx$ $\\leq$ $\\geq$ $\\pm$ $\\times$ $\\div$ $\\sum$ $\\int$ $\\surd$ $\\infty$ → ← $\\Delta$ $-$");
	}

	@Test
	void keepsCharactersT1AndTextcompTypesetFromUtf8() {
		assertThat(this.text.escape("é ü ß Œ ł ° ‰ µ")).isEqualTo("é ü ß Œ ł ° ‰ \\textmu{}");
		assertThat(this.text.escape("“quoted” ‘single’ – —")).isEqualTo("“quoted” ‘single’ – —");
	}

	@Test
	void mapsSpacesZeroWidthCharactersAndSuperscriptDigits() {
		assertThat(this.text.escape("25\u00a0m")).isEqualTo("25~m");
		assertThat(this.text.escape("25\u202fm")).isEqualTo("25\\,m");
		assertThat(this.text.escape("a\u200bb\ufeffc\u200dd")).isEqualTo("abcd");
		assertThat(this.text.escape("m²s⁻¹ x⁴ H₂O")).isEqualTo("m²s$^{-}$¹ x\\textsuperscript{4} H\\textsubscript{2}O");
	}

	@Test
	void foldsCompatibilityCharactersWithNfkc() {
		assertThat(this.text.escape("𝑥 ｆｉ ①")).isEqualTo("x fi 1");
		assertThat(this.text.escape("𝛼")).isEqualTo("$\\alpha$");
	}

	@Test
	void composesCombiningMarksBeforeMapping() {
		assertThat(this.text.escape("e\u0301")).isEqualTo("é");
	}

	@Test
	void showsUnmappedCharactersAsBoxedCodePointsWithOneWarning() {
		assertThat(this.text.escape("smile 😀 and ඞ")).isEqualTo("smile \\unmapped{1F600} and \\unmapped{0D9E}");
		assertThat(this.text.escape("again 😀")).isEqualTo("again \\unmapped{1F600}");
		assertThat(this.text.unmappedWarning())
			.hasValueSatisfying((warning) -> assertThat(warning).contains("U+0D9E (ඞ)", "U+1F600 (😀)")
				.doesNotContain("U+1F600 (😀), U+1F600"));
	}

	@Test
	void hasNoWarningWhenEverythingMapped() {
		this.text.escape("plain α text");
		assertThat(this.text.unmappedWarning()).isEmpty();
	}

	@Test
	void givesMathFormsForEquations() {
		assertThat(this.text.math('θ')).isEqualTo("\\theta ");
		assertThat(this.text.math('≤')).isEqualTo("\\leq ");
		assertThat(this.text.math('é')).isEqualTo("\\text{é}");
		assertThat(this.text.math('°')).isEqualTo("\\text{°}");
		assertThat(this.text.math(0x200b)).isEmpty();
	}

	@Test
	void letsLongTokensBreakAtSlashesDotsAndCommasAndAnywhereAsALastResort() {
		assertThat(this.text.escape("see www.nasa.gov/a/b"))
			.isEqualTo("see www.\\brk{}nasa.\\brk{}gov/\\brk{}a/\\brk{}b");
		assertThat(this.text.escape("ATMFAIL,LAND,HILT")).isEqualTo("ATMFAIL,\\brk{}LAND,\\brk{}HILT");
		assertThat(this.text.escape("229aabe8b195cfe39ee6c5")).startsWith("2\\anybrk{}2\\anybrk{}9\\anybrk{}a");
		assertThat(this.text.escape("a short text, e.g. this")).isEqualTo("a short text, e.g. this");
		assertThat(this.text.escape("Characteristically")).as("words hyphenate").isEqualTo("Characteristically");
	}

	@Test
	void breaksItsOwnLinesAtSpacesOrWithAComment() {
		String words = this.text.escape("canopy cover ".repeat(500));
		String token = this.text.escape("x".repeat(5000));

		assertThat(words.lines())
			.allSatisfy((line) -> assertThat(line.length()).isLessThanOrEqualTo(LatexText.LINE_LENGTH + 20));
		assertThat(words.replace('\n', ' ')).isEqualTo("canopy cover ".repeat(500));
		assertThat(token.lines()).hasSizeGreaterThan(5)
			.allSatisfy((line) -> assertThat(line).hasSizeLessThanOrEqualTo(LatexText.LINE_LENGTH + 20));
		assertThat(token.replace("%\n", "").replace("\\anybrk{}", "")).isEqualTo("x".repeat(5000));
	}

}
