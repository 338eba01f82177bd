package org.pressroom.worker.latex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EquationAllowListTest {

	private final EquationAllowList allowList = new EquationAllowList(new LatexText());

	@ParameterizedTest
	@ValueSource(strings = { "F_{app}(x) = \\sum_{n=1}^{\\infty} \\sqrt {2^{-n} \\cdot x}",
			"P(\\theta)=1-Cover(\\theta)=e^{-G({\\theta})~\\Omega(\\theta)~\\frac{PAI}{cos(\\theta)}}",
			"F_{app}(z)=\\lim_{\\Delta z \\rightarrow 0} -\\frac{P_{gap}(z + \\Delta z, \\theta)-P_{gap}(z, \\theta)} {P_{gap}(z, \\theta)\\cdot \\frac{\\Delta z}{cos(\\theta)}}",
			"\\rho_{TOA}\\left( \\theta_{S},\\theta_{\\nu}, \\psi, P, \\overbrace{\\tau_{A}, \\omega_{0},P_{A}}^{Aerosols}\\right) = Tg_{OG} \\left(m,P\\right)",
			"c\\left(\\lambda\\right) = \\frac{f_{iso}\\left(\\lambda\\right)}{K_{vol}\\left(\\theta_{Sensor}\\right)}",
			"\\begin{aligned} a &= b + c \\\\ d &= e \\end{aligned}",
			"f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
			"\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\begin{array}{c|c} a & b \\end{array}",
			"\\sqrt[3]{x} + x'^2 + x''_1 + \\mathrm{d}x + \\operatorname{argmax}_x + \\text{if } x \\ge 0",
			"\\sum\\limits_{i=1}^{N} x_i \\quad \\left\\{ \\frac12 \\right\\} \\big( \\Bigl[ x \\Bigr] \\big)",
			"\\hat{x} \\tilde y \\vec v \\overline{AB} \\mathbb{R}^n \\mathcal{O}(n) \\% \\# \\,\\;\\!",
			// TeX's infix fractions, as APT's own test data writes them
			// (fixture_data/testData.sql, ATBD 1)
			"\\int_C P\\,du + Q\\, dv = \\int\\!\\!\\!\\int_A \\left({\\partial Q\\over \\partial u} - {\\partial P\\over \\partial v}\\right) {1\\over \\sqrt{EG-F^2}}\\,dA",
			"{n \\choose k} + {a \\atop b}" })
	void acceptsOrdinaryMath(String equation) {
		EquationAllowList.Checked checked = this.allowList.check(equation);
		assertThat(checked.rejection()).isNull();
		assertThat(checked.latex()).isEqualTo(equation);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"\\input{/etc/hostname}                | command \\input is not allowed",
			"\\include{secret}                     | command \\include is not allowed",
			"\\openin5=/etc/passwd                 | command \\openin is not allowed",
			"\\read5 to\\x                         | command \\read is not allowed",
			"\\write18{rm -rf /}                   | command \\write is not allowed",
			"\\immediate\\write18{id}              | command \\immediate is not allowed",
			"\\catcode`\\^=7                       | command \\catcode is not allowed",
			"\\def\\x{\\input{/etc/passwd}}\\x     | command \\def is not allowed",
			"\\csname input\\endcsname{/etc/passwd} | command \\csname is not allowed",
			"\\usepackage{shellesc}                | command \\usepackage is not allowed",
			"\\let\\x\\input                       | command \\let is not allowed",
			"\\expandafter\\input                  | command \\expandafter is not allowed",
			"\\newcommand{\\x}{1}                  | command \\newcommand is not allowed",
			"\\scantokens{x}                       | command \\scantokens is not allowed",
			"\\special{x}                          | command \\special is not allowed",
			"\\end{document}                       | \\end has no matching \\begin",
			"\\begin{verbatim}x\\end{verbatim}     | environment verbatim is not allowed",
			"\\begin{filecontents}{x}\\end{filecontents} | environment filecontents is not allowed",
			"\\^^5cinput{/etc/passwd}              | the ^^ notation is not allowed",
			"x^^5cinput                            | the ^^ notation is not allowed",
			"x % hidden                            | % is not allowed",
			"#1                                    | # is not allowed",
			"a $ b                                 | $ is not allowed",
			"{x                                    | a { has no matching }",
			"x}                                    | a } has no matching {",
			"\\left( x                             | \\left has no matching \\right",
			"x \\right)                            | \\right has no matching \\left",
			"\\begin{aligned} x \\end{matrix}      | \\begin{aligned} is closed by \\end{matrix}",
			"x^2^3                                 | double superscript",
			"x_1_2                                 | double subscript",
			"\\frac{a}                             | missing argument after \\frac",
			"x^                                    | missing argument after ^",
			"\\text{\\alpha}                       | command \\alpha is not allowed inside \\text",
			"\\text{a_b}                           | _ is not allowed inside \\text",
			"\\limits x                            | \\limits must follow an operator",
			"\\left x \\right)                     | \\left must be followed by a delimiter",
			"\\)                                   | \\) is not allowed",
			"\\begin{cases} a & b & c \\end{cases}  | a row has more & than its environment allows (at most 2 columns)",
			"\\begin{array}{cc} a & b & c \\end{array} | a row has more & than its environment allows (at most 2 columns)",
			"\\begin{gathered} a & b \\end{gathered} | a row has more & than its environment allows (at most 1 columns)",
			"\\begin{matrix} 1&2&3&4&5&6&7&8&9&10&11 \\end{matrix} | a row has more & than its environment allows (at most 10 columns)",
			"\\text{a \\\\ b}                        | \\\\ (a line break) is only allowed inside an alignment" })
	void rejectsWhatCouldEscapeOrStopPdflatex(String equation, String reason) {
		EquationAllowList.Checked checked = this.allowList.check(equation.strip());
		assertThat(checked.isAccepted()).isFalse();
		assertThat(checked.latex()).isNull();
		assertThat(checked.rejection()).contains(reason.strip());
	}

	@Test
	void rejectsControlCharactersAndOverlongEquations() {
		assertThat(this.allowList.check("x\u0000y").rejection()).contains("control character");
		assertThat(this.allowList.check("x".repeat(EquationAllowList.MAX_LENGTH + 1)).rejection())
			.contains("longer than");
		assertThat(this.allowList.check("{".repeat(60) + "x" + "}".repeat(60)).rejection()).contains("nested");
		assertThat(this.allowList.check("\\sqrt".repeat(1000) + "x").rejection()).contains("nested");
	}

	@Test
	void rejectsEmptyEquations() {
		assertThat(this.allowList.check("  \n ").rejection()).contains("empty");
	}

	@Test
	void dropsMathDelimitersAroundTheWholeEquation() {
		assertThat(this.allowList.check("$x^2$").latex()).isEqualTo("x^2");
		assertThat(this.allowList.check("$$x^2$$").latex()).isEqualTo("x^2");
		assertThat(this.allowList.check("\\[ x^2 \\]").latex()).isEqualTo("x^2");
	}

	@Test
	void replacesDisplayEnvironmentsThatCannotNestInDisplayMath() {
		assertThat(this.allowList.check("\\begin{align*} a &= b \\\\ c &= d \\end{align*}").latex())
			.isEqualTo("\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}");
		assertThat(this.allowList.check("\\begin{equation} x \\end{equation}").latex()).isEqualTo("{ x }");
	}

	@Test
	void wrapsTopLevelLineBreaksAndAlignmentTabs() {
		assertThat(this.allowList.check("a = b \\\\ c = d").latex())
			.isEqualTo("\\begin{gathered}a = b \\\\ c = d\\end{gathered}");
		assertThat(this.allowList.check("a &= b \\\\ c &= d").latex())
			.isEqualTo("\\begin{aligned}a &= b \\\\ c &= d\\end{aligned}");
	}

	@Test
	void mapsUnicodeInsideEquations() {
		assertThat(this.allowList.check("θ ≤ 2π").latex()).isEqualTo("\\theta  \\leq  2\\pi ");
		assertThat(this.allowList.check("\\alphaΑ").latex()).isEqualTo("\\alpha A");
		assertThat(this.allowList.check("x′ + \\text{é}").latex()).isEqualTo("x' + \\text{é}");
		assertThat(this.allowList.check("x^θ").latex()).isEqualTo("x^{\\theta }");
	}

	@Test
	void flattensNewlinesInsideEquations() {
		assertThat(this.allowList.check("a +\n\nb").latex()).isEqualTo("a +  b");
	}

}
