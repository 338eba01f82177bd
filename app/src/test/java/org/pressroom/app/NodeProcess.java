package org.pressroom.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Pressroom node started as in a deployment: {@code java -jar} on a packaged jar
 * ({@link #appJar()}, as the README's deployment runs it) or on the jar extracted from it
 * ({@link #appImageJar()}, as the Docker images run it), configured by environment
 * variables alone (the environment is cleared first, so nothing of the test JVM's leaks
 * in). Its console goes to {@code <logs>/<name>.log}; it never outlives the test JVM. A
 * test may {@link #kill()} it like a crashed machine.
 */
public final class NodeProcess implements AutoCloseable {

	/**
	 * What Spring Boot's Tomcat logs once it listens, in plain and in structured (JSON)
	 * lines.
	 */
	private static final Pattern TOMCAT_STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private final String name;

	private final Process process;

	private final Path log;

	/**
	 * Where this process's output starts in its log: a node started again appends to it.
	 */
	private final long logStart;

	private NodeProcess(String name, Process process, Path log, long logStart) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.logStart = logStart;
	}

	public static NodeProcess start(String name, Path jar, Map<String, String> environment, Path logs,
			String... arguments) throws IOException {
		List<String> launch = new ArrayList<>(List.of("-jar", jar.toString()));
		launch.addAll(List.of(arguments));
		return launch(name, launch, environment, logs);
	}

	/**
	 * A JVM running {@code mainClass} on this JVM's classpath (the test classpath, so
	 * also the local run's launcher), with the same clean environment as a node from a
	 * jar.
	 */
	public static NodeProcess startMain(String name, Class<?> mainClass, Map<String, String> environment, Path logs,
			String... arguments) throws IOException {
		List<String> launch = new ArrayList<>(
				List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		launch.addAll(List.of(arguments));
		return launch(name, launch, environment, logs);
	}

	private static NodeProcess launch(String name, List<String> launch, Map<String, String> environment, Path logs)
			throws IOException {
		Path log = Files.createDirectories(logs).resolve(name + ".log");
		long logStart = Files.exists(log) ? Files.size(log) : 0;
		String java = ProcessHandle.current().info().command().orElse("java");
		// JVM flags for a quick start of a short-lived process (C1 only, serial GC); the
		// application's settings all come from the environment.
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(launch);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
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
		return new NodeProcess(name, process, log, logStart);
	}

	/**
	 * The app's repackaged jar, as {@code mvn verify} packages it before the integration
	 * tests.
	 */
	public static Path appJar() throws IOException {
		return jar(Path.of("target"), "pressroom-app-", ".jar");
	}

	/** The worker's executable jar. */
	public static Path workerJar() throws IOException {
		return jar(Path.of("..", "worker", "target"), "pressroom-worker-", "-exec.jar");
	}

	/**
	 * The app as its Docker image runs it: the repackaged jar extracted as app/Dockerfile
	 * extracts it, which starts on less CPU.
	 */
	public static Path appImageJar() throws IOException {
		return ExtractedJar.of(appJar(), "pressroom-app.jar");
	}

	/** The worker as its Docker image runs it (worker/Dockerfile). */
	public static Path workerImageJar() throws IOException {
		return ExtractedJar.of(workerJar(), "pressroom-worker.jar");
	}

	/** The one jar in {@code dir} whose name matches, as the Dockerfiles find it. */
	public static Path jar(Path dir, String prefix, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> jars = files
				.filter((file) -> file.getFileName().toString().startsWith(prefix)
						&& file.getFileName().toString().endsWith(suffix)
						&& (suffix.equals("-exec.jar") || !file.getFileName().toString().endsWith("-exec.jar")))
				.toList();
			if (jars.size() != 1) {
				throw new IllegalStateException("expected one " + prefix + "*" + suffix + " in " + dir.toAbsolutePath()
						+ " (run mvn verify, which packages it first), found " + jars);
			}
			return jars.get(0).toAbsolutePath();
		}
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Waits for the JVM to exit and returns its status; fails, with the log's end, if it
	 * is still running.
	 */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError(this.name + " still runs after " + timeout + "\n" + tail());
		}
		return this.process.exitValue();
	}

	/** The console output of this process so far (not what an earlier one appended). */
	public String output() {
		try {
			if (!Files.exists(this.log)) {
				return "";
			}
			byte[] all = Files.readAllBytes(this.log);
			int from = (int) Math.min(this.logStart, all.length);
			return new String(all, from, all.length - from, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** The last lines of the console, for failure messages. */
	public String tail() {
		List<String> lines = output().lines().toList();
		return this.name + " log, last lines:\n"
				+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/**
	 * Waits until the console shows {@code text}; fails early, with the log's end, if the
	 * node died.
	 */
	public void awaitOutput(String text, Duration timeout) {
		await(this.name + " logs \"" + text + "\"").atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
			if (output().contains(text)) {
				return true;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "\n" + tail());
			}
			return false;
		});
	}

	/**
	 * The port the node's web server bound, as its log tells once it listens: start a
	 * node with {@code server.port=0} and ask, instead of choosing a free port beforehand
	 * that someone may take meanwhile.
	 */
	public int awaitPort(Duration timeout) {
		awaitOutput("Tomcat started on port ", timeout);
		Matcher started = TOMCAT_STARTED.matcher(output());
		if (!started.find()) {
			throw new IllegalStateException(this.name + " logged no port\n" + tail());
		}
		return Integer.parseInt(started.group(1));
	}

	/**
	 * Whether pdflatex typesets a document under this node right now (not its preamble
	 * format).
	 */
	public boolean isTypesetting() {
		return this.process.descendants()
			.anyMatch((process) -> isPdflatex(process) && process.info()
				.arguments()
				.map((arguments) -> List.of(arguments).contains("document.tex"))
				.orElse(false));
	}

	/**
	 * pdflatex is a link to pdftex, and the JDK names a process by the file it executes.
	 */
	public static boolean isPdflatex(ProcessHandle process) {
		return process.info().command().map((command) -> command.endsWith("/pdftex")).orElse(false);
	}

	/**
	 * SIGKILL to the JVM and all it started, at once, as when the machine under it dies.
	 */
	public void kill() throws InterruptedException {
		List<ProcessHandle> tree = new ArrayList<>(this.process.descendants().toList());
		tree.add(this.process.toHandle());
		tree.forEach(ProcessHandle::destroyForcibly);
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	/**
	 * SIGKILL to the JVM alone, as {@code kill -9 <pid>} does: what it started is left to
	 * die with it, or not. Returns the pdflatex processes that ran under it at that
	 * moment.
	 */
	public List<ProcessHandle> killJvmOnly() throws InterruptedException {
		List<ProcessHandle> pdflatex = this.process.descendants().filter(NodeProcess::isPdflatex).toList();
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
		return pdflatex;
	}

	/** The process id of the node's JVM. */
	public long pid() {
		return this.process.pid();
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
