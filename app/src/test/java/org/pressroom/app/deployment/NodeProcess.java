package org.pressroom.app.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Pressroom node started as in a deployment: {@code java -jar} on a packaged jar, configured by environment
 * variables alone (the environment is cleared first, so nothing of the test JVM's leaks in). Its console goes to
 * {@code target/two-process/<name>.log}; it never outlives the test JVM.
 */
final class NodeProcess implements AutoCloseable {

	private static final Path LOGS = Path.of("target", "two-process");

	private final String name;

	private final Process process;

	private final Path log;

	private NodeProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static NodeProcess start(String name, Path jar, Map<String, String> environment) throws IOException {
		Path log = Files.createDirectories(LOGS).resolve(name + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		// JVM flags for a quick start of a short-lived process (C1 only, serial GC); the application's settings all
		// come from the environment.
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		Map<String, String> inherited = Map.copyOf(env);
		env.clear();
		// What any container has: the PATH (pdflatex), a home and a locale.
		for (String kept : List.of("PATH", "HOME", "LANG", "TMPDIR")) {
			if (inherited.containsKey(kept)) {
				env.put(kept, inherited.get(kept));
			}
		}
		env.putAll(environment);
		Process process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new NodeProcess(name, process, log);
	}

	/** The one jar in {@code dir} whose name matches, as the Dockerfiles copy it. */
	static Path jar(Path dir, String prefix, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> jars = files
				.filter((file) -> file.getFileName().toString().startsWith(prefix)
						&& file.getFileName().toString().endsWith(suffix))
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one " + prefix + "*" + suffix + " in " + dir.toAbsolutePath()
						+ " (run mvn verify, which packages it first), found " + jars);
			}
			return jars.get(0).toAbsolutePath();
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** The console output so far, for failure messages. */
	String output() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** The last lines of the console, for failure messages. */
	String tail() {
		List<String> lines = output().lines().toList();
		return this.name + " log, last lines:\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** SIGTERM, as an orchestrator stops a container, then SIGKILL after 20 s. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
		}
	}

}
