package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Precompiled preambles: a pdflatex format per preamble text, built once per JVM on first
 * use (about 0.6 s) into {@code directory/<hash>/pressroom.fmt} and then shared by all
 * jobs, where the hash covers the preamble and the pdflatex version, so that a changed
 * template or TeX gets a new format. The format's {@code \documentclass} skips the
 * document's own copy of the preamble up to {@code \csname endofdump\endcsname}
 * (mylatexformat's marker, which TeX Live 2022 here does not ship), so one .tex file
 * compiles with or without it and errors keep their line numbers. A format is moved into
 * place only after it compiled a test document, so other JVMs sharing the folder see a
 * whole, working file or none. A build that fails is logged once and the JVM compiles
 * full preambles.
 */
public class PreambleFormat {

	private static final Logger log = LoggerFactory.getLogger(PreambleFormat.class);

	static final String NAME = "pressroom";

	private static final String DUMP = """

			% From here on \\documentclass skips a document's preamble, which this format already holds.
			\\long\\def\\documentclass#1\\csname endofdump\\endcsname{}
			\\dump
			""";

	private static final String CHECK = """
			\\documentclass{article}
			\\csname endofdump\\endcsname
			\\begin{document}
			Format check.
			\\end{document}
			""";

	private final Path directory;

	private final Duration timeout;

	private final PdfLatexProcess process;

	private final Map<String, Optional<Path>> formats = new ConcurrentHashMap<>();

	private volatile String pdflatexVersion;

	/**
	 * @param directory where formats are kept; may be shared by several JVMs
	 * @param timeout wall-clock limit for building and checking one format
	 */
	public PreambleFormat(Path directory, Duration timeout) {
		this.directory = directory;
		this.timeout = timeout;
		this.process = new PdfLatexProcess(timeout, PdfLatex.DEFAULT_MEMORY_LIMIT_KIB);
	}

	/**
	 * The format for this preamble, built on the first call; empty when it cannot be
	 * built.
	 */
	public Optional<Path> forPreamble(String preamble) {
		try {
			String hash = hash(preamble);
			// Callers for the same preamble wait for one build; other preambles build in
			// parallel.
			Optional<Path> format = this.formats.computeIfAbsent(hash, (key) -> build(key, preamble));
			if (format.isPresent() && !Files.isRegularFile(format.get())) {
				// Deleted behind our back (a temp-folder cleaner): build it again rather
				// than fail every render.
				this.formats.remove(hash, format);
				format = this.formats.computeIfAbsent(hash, (key) -> build(key, preamble));
			}
			return format;
		}
		catch (RuntimeException ex) {
			log.warn("Cannot build a preamble format; compiling the full preamble", ex);
			return Optional.empty();
		}
	}

	/** The name to give {@code -fmt} for a format file from here. */
	static String name(Path format) {
		String file = format.getFileName().toString();
		return file.endsWith(".fmt") ? file.substring(0, file.length() - 4) : file;
	}

	private Optional<Path> build(String hash, String preamble) {
		Path target = this.directory.resolve(hash).resolve(NAME + ".fmt");
		if (Files.isRegularFile(target)) {
			return Optional.of(target);
		}
		Path buildDir = null;
		try {
			buildDir = Files.createTempDirectory(Files.createDirectories(this.directory), "build-");
			long start = System.nanoTime();
			Files.writeString(buildDir.resolve(NAME + ".tex"), preamble + DUMP, StandardCharsets.UTF_8);
			long deadline = start + this.timeout.toNanos();
			int exit = this.process.run(buildDir,
					List.of("-ini", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
							"-jobname=" + NAME, "&pdflatex", NAME + ".tex"),
					null, buildDir.resolve(NAME + ".stdout"), deadline);
			Path format = buildDir.resolve(NAME + ".fmt");
			if (exit != 0 || !Files.isRegularFile(format)) {
				return failed(hash, "pdflatex -ini exited with " + exit, buildDir.resolve(NAME + ".stdout"));
			}
			Files.writeString(buildDir.resolve("check.tex"), CHECK, StandardCharsets.UTF_8);
			exit = this.process.run(buildDir, List.of("-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape",
					"-fmt=" + NAME, "check.tex"), buildDir, buildDir.resolve("check.stdout"), deadline);
			if (exit != 0 || !Files.isRegularFile(buildDir.resolve("check.pdf"))) {
				return failed(hash, "a test document did not compile with it (exit " + exit + ")",
						buildDir.resolve("check.stdout"));
			}
			Files.createDirectories(target.getParent());
			Files.move(format, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			log.info("Built preamble format {} in {} ms", target, (System.nanoTime() - start) / 1_000_000);
			return Optional.of(target);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cannot build preamble format {}; compiling the full preamble", hash, ex);
			return Optional.empty();
		}
		finally {
			if (buildDir != null) {
				FileSystemUtils.deleteRecursively(buildDir.toFile());
			}
		}
	}

	private static Optional<Path> failed(String hash, String reason, Path stdout) throws IOException {
		String output = Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.ISO_8859_1).strip() : "";
		String tail = output.substring(Math.max(0, output.length() - 500));
		log.warn("Cannot build preamble format {}: {}; compiling the full preamble. Output ends: {}", hash, reason,
				tail);
		return Optional.empty();
	}

	private String hash(String preamble) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(pdflatexVersion().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(preamble.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first line of {@code pdflatex --version}, e.g. "pdfTeX 3.141592653-2.6-1.40.24
	 * (TeX Live 2022/Debian)".
	 */
	private String pdflatexVersion() {
		if (this.pdflatexVersion == null) {
			try {
				Process version = new ProcessBuilder("pdflatex", "--version").redirectErrorStream(true).start();
				String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				version.waitFor();
				this.pdflatexVersion = output.lines().findFirst().orElse("");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start pdflatex", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while asking pdflatex for its version", ex);
			}
		}
		return this.pdflatexVersion;
	}

}
