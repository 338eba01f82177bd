package org.pressroom.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.pressroom.app.NodeProcess;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A worker node in a JVM of its own, from the worker's executable jar, on the benchmark's database and S3. */
final class WorkerJvm implements AutoCloseable {

	private final Process process;

	private WorkerJvm(Process process) {
		this.process = process;
	}

	static WorkerJvm start(EmbeddedPostgres postgres, EmbeddedS3 s3, Path log) throws IOException {
		Path jar = NodeProcess.jar(Path.of("..", "worker", "target"), "pressroom-worker-", "-exec.jar");
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-jar", jar.toString()));
		command.addAll(BenchmarkPressroom.settings(postgres, s3));
		command.add("--server.port=0");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(Files.createDirectories(log.getParent()).resolve(
					log.getFileName()).toFile()))
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new WorkerJvm(process);
	}

	/** Whether pdflatex typesets a document under this JVM now. */
	boolean isTypesetting() {
		return this.process.descendants()
			.anyMatch((child) -> NodeProcess.isPdflatex(child) && child.info()
				.arguments()
				.map((arguments) -> List.of(arguments).contains("document.tex"))
				.orElse(false));
	}

	/** The id this worker registered under, once it has. */
	UUID workerId(JdbcClient jdbc) {
		return jdbc.sql("SELECT id FROM pressroom.render_workers WHERE host LIKE :pid")
			.param("pid", "%:" + this.process.pid())
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** SIGKILL to the JVM alone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			kill();
		}
	}

}
