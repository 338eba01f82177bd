package org.pressroom.app.recovery;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Pressroom node in a JVM of its own, started from the jar a deployment runs, that a test may kill like a
 * crashed machine: {@link #kill()} sends SIGKILL to the JVM and everything it started, so nothing gets to clean up.
 * Its output goes to a log file the test can wait on.
 */
final class NodeProcess implements AutoCloseable {

	/** Which jar, found where {@code mvn verify} packaged it before the integration tests run. */
	enum Kind {

		APP(Path.of("target"), "pressroom-app-", ".jar"),
		WORKER(Path.of("..", "worker", "target"), "pressroom-worker-", "-exec.jar");

		private final Path folder;

		private final String prefix;

		private final String suffix;

		Kind(Path folder, String prefix, String suffix) {
			this.folder = folder;
			this.prefix = prefix;
			this.suffix = suffix;
		}

		Path jar() throws IOException {
			try (Stream<Path> files = Files.list(this.folder)) {
				return files.filter((file) -> {
					String name = file.getFileName().toString();
					return name.startsWith(this.prefix) && name.endsWith(this.suffix) && !name.endsWith("-sources.jar")
							&& (this == WORKER || !name.endsWith("-exec.jar"));
				}).findFirst().orElseThrow(() -> new IllegalStateException("No " + this.prefix + "*" + this.suffix
						+ " in " + this.folder.toAbsolutePath() + ": run mvn verify (or package) first"));
			}
		}

	}

	private final String name;

	private final Process process;

	private final Path log;

	private NodeProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static NodeProcess start(Kind kind, String name, Path folder, Map<String, String> environment,
			String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-jar", kind.jar().toAbsolutePath().toString()));
		command.addAll(List.of(arguments));
		Path log = folder.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new NodeProcess(name, builder.start(), log);
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	String name() {
		return this.name;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	String logText() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the node's log contains {@code text}; fails early, with the log's end, if the node died. */
	void awaitLog(String text, Duration timeout) {
		await(this.name + " logs \"" + text + "\"").atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			if (logText().contains(text)) {
				return true;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + ":\n" + tail());
			}
			return false;
		});
	}

	/** Whether pdflatex typesets a document under this node right now (not its preamble format). */
	boolean isTypesetting() {
		return this.process.descendants()
			.anyMatch((process) -> isPdflatex(process)
					&& process.info().commandLine().map((line) -> line.contains("document.tex")).orElse(false));
	}

	/** pdflatex is a link to pdftex, and the JDK names a process by the file it executes. */
	static boolean isPdflatex(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("/pdftex")).orElse(false);
	}

	/** SIGKILL to the JVM and all it started, at once, as when the machine under it dies. */
	void kill() {
		List<ProcessHandle> tree = new ArrayList<>(this.process.descendants().toList());
		tree.add(this.process.toHandle());
		tree.forEach(ProcessHandle::destroyForcibly);
		waitFor(Duration.ofSeconds(10));
	}

	String tail() {
		List<String> lines = logText().lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** A graceful stop (SIGTERM), then SIGKILL if it takes too long. */
	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!waitFor(Duration.ofSeconds(15))) {
				kill();
			}
		}
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
