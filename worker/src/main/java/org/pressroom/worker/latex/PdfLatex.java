package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs pdflatex on a .tex file in a job folder, confined to it: no shell escape, reads
 * and writes only below the folder ({@code openin_any=p}, {@code openout_any=p},
 * {@code TEXMFOUTPUT}; Debian's default {@code openin_any=a} would let a document read
 * /etc), no font generation, a virtual-memory limit ({@code ulimit -v}, 1 GiB by default;
 * a pass needs under 40 MB resident) and a wall-clock limit over all passes, after which
 * the process tree is killed. Passes repeat, at most three, while .aux, .toc or .out
 * change or the log asks for a rerun. A precompiled preamble ({@link PreambleFormat}) and
 * a previous build's .aux, .toc and .out in the folder ({@link AuxCache}) save time; a
 * single pass suffices when these did not change. The .tex is never edited here:
 * {@link PdfTypesetter} writes it again when an equation or image stopped pdflatex. No
 * error names the folder.
 */
public class PdfLatex {

	/** Virtual memory allowed to pdflatex, in KiB. */
	public static final long DEFAULT_MEMORY_LIMIT_KIB = 1024 * 1024;

	static final int MAX_PASSES = 3;

	/** What one pass writes for the next: labels, contents, bookmarks. */
	static final List<String> PASS_FILES = List.of(".aux", ".toc", ".out");

	private static final Pattern RERUN = Pattern.compile("Rerun to get|Rerun LaTeX|Label\\(s\\) may have changed");

	private final Duration timeout;

	private final PdfLatexProcess process;

	public PdfLatex(Duration timeout) {
		this(timeout, DEFAULT_MEMORY_LIMIT_KIB);
	}

	/**
	 * @param timeout wall-clock limit for all passes of one compile
	 * @param memoryLimitKib virtual-memory limit per pass in KiB, or 0 for none
	 */
	public PdfLatex(Duration timeout, long memoryLimitKib) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive");
		}
		this.timeout = timeout;
		this.process = new PdfLatexProcess(timeout, memoryLimitKib);
	}

	Duration timeout() {
		return this.timeout;
	}

	/**
	 * Compiles {@code jobDir/texFileName} to a PDF beside it.
	 * @throws LatexFailedException on a LaTeX error (with the errors from the log) or
	 * when time runs out
	 * @throws UncheckedIOException when pdflatex cannot be started or its files cannot be
	 * read
	 */
	public PdfResult compile(Path jobDir, String texFileName) {
		return compile(jobDir, texFileName, null);
	}

	/**
	 * Compiles {@code jobDir/texFileName} to a PDF beside it, with a precompiled
	 * preamble.
	 * @param format a format from {@link PreambleFormat} for the preamble this file
	 * starts with, or null to compile the preamble too
	 * @throws LatexFailedException on a LaTeX error (with the errors from the log) or
	 * when time runs out
	 * @throws UncheckedIOException when pdflatex cannot be started or its files cannot be
	 * read
	 */
	public PdfResult compile(Path jobDir, String texFileName, Path format) {
		return compile(jobDir, texFileName, format, System.nanoTime() + this.timeout.toNanos());
	}

	/**
	 * The same with a deadline shared with other compiles ({@link System#nanoTime()}).
	 */
	PdfResult compile(Path jobDir, String texFileName, Path format, long deadlineNanos) {
		Path dir = jobDir.toAbsolutePath().normalize();
		String base = texFileName.endsWith(".tex") ? texFileName.substring(0, texFileName.length() - 4) : texFileName;
		long start = System.nanoTime();
		int passes = 0;
		boolean again = true;
		String log = "";
		while (again && passes < MAX_PASSES) {
			List<byte[]> before = passFiles(dir, base);
			passes++;
			int exit = this.process.run(dir, arguments(texFileName, format),
					(format != null) ? format.getParent() : null, dir.resolve(base + ".stdout"), deadlineNanos);
			log = read(dir.resolve(base + ".log"));
			if (exit != 0 || !Files.exists(dir.resolve(base + ".pdf"))) {
				// A halted run can leave a truncated .aux, which the next run would trip
				// over.
				deletePassFiles(dir, base);
				throw failure(dir, base, log, exit);
			}
			again = !equal(before, passFiles(dir, base)) || RERUN.matcher(log).find();
		}
		return new PdfResult(dir.resolve(base + ".pdf"), passes, Duration.ofNanos(System.nanoTime() - start),
				LatexLogParser.warnings(log), LatexLogParser.overfull(log));
	}

	private List<String> arguments(String texFileName, Path format) {
		List<String> arguments = new ArrayList<>(
				List.of("-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "-file-line-error"));
		if (format != null) {
			arguments.add("-fmt=" + PreambleFormat.name(format));
		}
		arguments.add(texFileName);
		return arguments;
	}

	private static LatexFailedException failure(Path dir, String base, String log, int exit) {
		List<LatexError> errors = LatexLogParser.errors(log).stream().map((error) -> withSource(dir, error)).toList();
		if (errors.isEmpty()) {
			// Some fatal errors (a source line longer than TeX's buffer) reach the
			// console but not the log, where the "!" may follow other buffered output on
			// the same line ("...v1.4! Unable to read an entire line").
			String output = read(dir.resolve(base + ".stdout")).strip();
			errors = LatexLogParser.errors(output.replaceAll("!(?= [A-Z])", "\n!"))
				.stream()
				.map((error) -> withSource(dir, error))
				.toList();
			if (errors.isEmpty()) {
				String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
				return new LatexFailedException("pdflatex failed (exit " + exit + ") without a LaTeX error"
						+ (last.isEmpty() ? "" : ": " + withoutFolder(dir, last)), List.of());
			}
		}
		return new LatexFailedException("LaTeX error: " + errors.get(0), errors);
	}

	/**
	 * The error with the offending line of the job folder's source as its context, where
	 * it can be read, and without the job folder's path anywhere (pdfTeX names images by
	 * the path it opened).
	 */
	private static LatexError withSource(Path dir, LatexError error) {
		String message = withoutFolder(dir, error.message());
		String context = (error.context() != null) ? withoutFolder(dir, error.context()) : null;
		if (error.file() != null && error.line() > 0) {
			Path source = dir.resolve(error.file()).normalize();
			if (source.startsWith(dir) && Files.isRegularFile(source)) {
				List<String> lines = read(source).lines().toList();
				if (error.line() <= lines.size()) {
					String line = lines.get(error.line() - 1).strip();
					context = (line.length() > 300) ? line.substring(0, 297) + "..." : line;
				}
			}
		}
		String file = (error.file() != null) ? withoutFolder(dir, error.file()) : null;
		return new LatexError(file, error.line(), message, context);
	}

	private static String withoutFolder(Path dir, String text) {
		return text.replace(dir + "/", "").replace(dir.toString(), ".");
	}

	private static List<byte[]> passFiles(Path dir, String base) {
		List<byte[]> contents = new ArrayList<>();
		for (String extension : PASS_FILES) {
			Path file = dir.resolve(base + extension);
			try {
				contents.add(Files.exists(file) ? Files.readAllBytes(file) : null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return contents;
	}

	static void deletePassFiles(Path dir, String base) {
		for (String extension : PASS_FILES) {
			try {
				Files.deleteIfExists(dir.resolve(base + extension));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static boolean equal(List<byte[]> before, List<byte[]> after) {
		for (int i = 0; i < before.size(); i++) {
			if (!Arrays.equals(before.get(i), after.get(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A file as text; TeX writes bytes, so anything not UTF-8 is replaced rather than
	 * failing.
	 */
	private static String read(Path file) {
		try {
			return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
