package org.pressroom.worker.latex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EquationFallbackTest {

	@TempDir
	Path dir;

	@Test
	void replacesTheDisplayEquationOnTheErrorLine() throws IOException {
		Path tex = write("Text before\n" + EquationFallback.display("Scientific Theory", "a = \\bad") + "\nText after\n");

		assertThat(EquationFallback.disable(tex, new LatexError("doc.tex", 4, "Undefined control sequence.", null)))
			.hasValue("Scientific Theory: equation not rendered (LaTeX error: Undefined control sequence.): a = \\bad");
		assertThat(Files.readString(tex))
			.isEqualTo("Text before\n\\begin{center}\\equationfailed\\end{center}\n\nText after\n");
	}

	@Test
	void replacesOnlyTheInlineEquationAndKeepsTheTextAfterIt() throws IOException {
		Path tex = write("Text " + EquationFallback.inline("Introduction", "a \\\\) \\bad") + " and more.\n");

		assertThat(EquationFallback.disable(tex, new LatexError("doc.tex", 3, "Undefined control sequence.", null)))
			.hasValue("Introduction: equation not rendered (LaTeX error: Undefined control sequence.): a \\\\) \\bad");
		assertThat(Files.readString(tex)).isEqualTo("Text %\n\\equationfailed{} and more.\n");
	}

	@Test
	void leavesErrorsOutsideEquationsAlone() throws IOException {
		String source = "\\bad\n" + EquationFallback.display("Introduction", "x") + "\\alsobad\n";
		Path tex = write(source);

		assertThat(EquationFallback.disable(tex, new LatexError("doc.tex", 1, "Undefined control sequence.", null)))
			.isEmpty();
		assertThat(EquationFallback.disable(tex, new LatexError("doc.tex", 6, "Undefined control sequence.", null)))
			.isEmpty();
		assertThat(EquationFallback.disable(tex, new LatexError("other.tex", 3, "Undefined control sequence.", null)))
			.isEmpty();
		assertThat(Files.readString(tex)).isEqualTo(source);
	}

	@Test
	void marksEquationsWithCommentLinesThatTexIgnores() {
		assertThat(EquationFallback.display("Errors", "x^2"))
			.isEqualTo("%pressroom-equation display Errors\n\\[\nx^2\n\\]\n");
		assertThat(EquationFallback.inline("Errors", "x^2")).isEqualTo("%\n%pressroom-equation inline Errors\n\\(x^2\\)");
	}

	private Path write(String source) throws IOException {
		return Files.writeString(this.dir.resolve("doc.tex"), source);
	}

}
