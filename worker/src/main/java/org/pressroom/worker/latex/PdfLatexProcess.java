package org.pressroom.worker.latex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One pdflatex process in a folder, confined to it: no shell escape, reads and writes
 * only below the folder and in the TeX trees ({@code openin_any=p},
 * {@code openout_any=p}, {@code TEXMFOUTPUT}), no font generation, a virtual-memory limit
 * ({@code ulimit -v}) and a deadline, after which the process tree is killed. It dies
 * with the thread that started it, hence with its JVM: util-linux's
 * {@code setpriv --pdeathsig KILL} has the kernel kill it when its parent goes, so a
 * worker killed with SIGKILL leaves no pdflatex running on (issue #12). A bulk render's
 * thread runs at a lower OS priority, which pdflatex inherits (docs/admission.md).
 */
final class PdfLatexProcess {

	/**
	 * util-linux's setpriv, where the machine has it (every Debian does: util-linux is
	 * essential).
	 */
	private static final String SETPRIV = Stream.of("/usr/bin/setpriv", "/bin/setpriv")
		.filter((path) -> Files.isExecutable(Path.of(path)))
		.findFirst()
		.orElse(null);

	private final Duration timeout;

	private final long memoryLimitKib;

	/**
	 * @param timeout the limit the deadline stands for, for the message when it passes
	 * @param memoryLimitKib virtual-memory limit in KiB, or 0 for none
	 */
	PdfLatexProcess(Duration timeout, long memoryLimitKib) {
		this.timeout = timeout;
		this.memoryLimitKib = memoryLimitKib;
	}

	/**
	 * Runs pdflatex with these arguments in {@code dir}, console output to
	 * {@code output}.
	 * @param formatDir where {@code -fmt=name} looks for formats, or null for the TeX
	 * installation's
	 * @return pdflatex's exit code
	 * @throws LatexFailedException when the deadline passes
	 */
	int run(Path dir, List<String> arguments, Path formatDir, Path output, long deadlineNanos) {
		ProcessBuilder builder = new ProcessBuilder(command(arguments)).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Redirect.to(output.toFile()));
		Map<String, String> env = builder.environment();
		env.put("openin_any", "p");
		env.put("openout_any", "p");
		env.put("shell_escape", "f");
		env.put("TEXMFOUTPUT", dir.toString());
		if (formatDir != null) {
			// Only this folder: a format of the same name elsewhere can never be picked
			// up instead.
			env.put("TEXFORMATS", formatDir.toString());
		}
		// No METAFONT runs for a missing font: they take minutes and write outside the
		// job folder.
		env.put("MKTEXPK", "0");
		env.put("MKTEXTFM", "0");
		env.put("MKTEXMF", "0");
		// Unwrapped log lines, and long error context, so that LatexLogParser sees whole
		// messages.
		env.put("max_print_line", "10000");
		env.put("error_line", "254");
		env.put("half_error_line", "238");
		Process process;
		try {
			process = builder.start();
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start pdflatex", ex);
		}
		try {
			long remaining = deadlineNanos - System.nanoTime();
			if (remaining <= 0 || !process.waitFor(remaining, TimeUnit.NANOSECONDS)) {
				kill(process);
				throw new PdfLatexTimeoutException("pdflatex did not finish within " + this.timeout.toMillis()
						+ " ms; the document may be too large or loop");
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			kill(process);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pdflatex was running", ex);
		}
	}

	private List<String> command(List<String> arguments) {
		List<String> command = new ArrayList<>();
		if (SETPRIV != null) {
			// setpriv execs what follows, so the signal applies to pdflatex itself.
			command.addAll(List.of(SETPRIV, "--pdeathsig", "KILL", "--"));
		}
		if (this.memoryLimitKib > 0) {
			// File names travel as positional parameters, never inside the shell script.
			command.addAll(List.of("/bin/sh", "-c", "ulimit -v " + this.memoryLimitKib + " && exec \"$@\"", "sh"));
		}
		command.add("pdflatex");
		command.addAll(arguments);
		return command;
	}

	private static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
