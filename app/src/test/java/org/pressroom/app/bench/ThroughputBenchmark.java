package org.pressroom.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures scale-out and bursts on embedded PostgreSQL and S3: the rate at which one
 * worker, then two workers in separate JVMs, drain a backlog of generated versions (each
 * worker runs one job at a time, so that a worker is one core's worth of typesetting),
 * with the machine's CPU use; a burst of 100 edits to one version at 20 edits/s; and the
 * resident memory of the workers. Not part of the test run:
 * {@code mvn -q install -DskipTests && mvn -q -pl app spring-boot:test-run -Dpressroom.main=org.pressroom.app.bench.ThroughputBenchmark}
 * ({@code -Dspring-boot.run.arguments=--backlog=500}, the default).
 * {@link FreshnessBenchmark} runs it with the others.
 */
public final class ThroughputBenchmark {

	private ThroughputBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.out.println(measure(FreshnessBenchmark.option(args, "--backlog=", 500)));
		System.exit(0);
	}

	/** Prints the table and returns the figures as one JSON object. */
	static String measure(int backlog) throws Exception {
		Path dataDir = Files.createTempDirectory("pressroom-throughput");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, "pressroom",
				"pressroom", "pressroom", false);
				EmbeddedS3 s3 = EmbeddedS3.start(0, null);
				ConfigurableApplicationContext context = BenchmarkPressroom.start(postgres, s3)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
			ApiClient api = BenchmarkPressroom.api(context);
			apt.loadBeta1Dump();
			awaitSucceeded(jdbc, "atbd_id IN (2, 3, 4)", 3, 120_000);

			Drain one = drain(jdbc, "one", backlog, List.of(ProcessHandle.current().pid()));
			Process second = startWorker(postgres, s3);
			Drain two;
			try {
				Thread.sleep(15_000); // the second worker's JVM starts and announces
										// itself
				// Memory of the worker node alone: the second JVM runs nothing but the
				// worker.
				two = drain(jdbc, "two", backlog, List.of(second.pid()));
			}
			finally {
				second.destroy();
			}
			Burst burst = burst(jdbc, apt, api);

			System.out.printf("%n%-10s %6s %10s %10s %8s %12s%n", "workers", "docs", "seconds", "docs/min", "cpu %",
					"max RSS MiB");
			System.out
				.println("(RSS: with 1 worker, of the JVM that runs app and worker; with 2, of the worker-only JVM)");
			System.out.printf("%-10s %6d %10.1f %10.1f %8.0f %12d%n", "1", one.documents(), one.seconds(),
					one.perMinute(), one.cpuPercent(), one.maxRssMib());
			System.out.printf("%-10s %6d %10.1f %10.1f %8.0f %12d%n", "2 (JVMs)", two.documents(), two.seconds(),
					two.perMinute(), two.cpuPercent(), two.maxRssMib());
			double speedUp = two.perMinute() / one.perMinute();
			System.out.printf("speed-up 2 workers / 1 worker: %.2fx%n", speedUp);
			System.out.printf("burst: %d edits at 20/s, %d renders typeset, final content served %d ms after the last"
					+ " edit%n", burst.edits(), burst.renders(), burst.servedAfterLastEditMs());
			return String.format("{\"throughput_docs_per_min\":{\"one\":%.1f,\"two\":%.1f,\"speed_up\":%.2f},"
					+ "\"cpu_percent\":{\"one\":%.0f,\"two\":%.0f},\"burst\":{\"edits\":%d,\"renders\":%d,"
					+ "\"served_after_last_edit_ms\":%d},\"rss_mib_max\":{\"app_and_worker\":%d,\"worker\":%d}}",
					one.perMinute(), two.perMinute(), speedUp, one.cpuPercent(), two.cpuPercent(), burst.edits(),
					burst.renders(), burst.servedAfterLastEditMs(), one.maxRssMib(), two.maxRssMib());
		}
	}

	/**
	 * A second worker node: the worker's executable jar in its own JVM, on the same
	 * database and S3.
	 */
	private static Process startWorker(EmbeddedPostgres postgres, EmbeddedS3 s3) throws IOException {
		Path jars = Path.of("..", "worker", "target");
		Path jar;
		try (var files = Files.list(jars)) {
			jar = files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("build the worker first: mvn -q install -DskipTests"));
		}
		List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
		command.addAll(BenchmarkPressroom.settings(postgres, s3));
		command.add("--server.port=0"); // its Actuator port; 8081 may be taken
		Process worker = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		// Also when the benchmark itself is stopped: the worker must not outlive it.
		Runtime.getRuntime().addShutdownHook(new Thread(worker::destroyForcibly));
		return worker;
	}

	/**
	 * Generates a backlog of versions from the fixtures (GEDI and HLS, each with its own
	 * key points) and waits until all rendered, sampling the resident memory of the given
	 * processes.
	 */
	private static Drain drain(JdbcClient jdbc, String run, int documents, List<Long> workerPids) throws Exception {
		CpuSampler cpu = CpuSampler.start();
		long maxRss = 0;
		long start = System.nanoTime();
		jdbc.sql("""
				WITH created AS (
				    INSERT INTO apt.atbds (title, alias, created_by)
				    SELECT 'Backlog ' || :run || ' ' || g, 'backlog-' || :run || '-' || g, 'benchmark'
				    FROM generate_series(1, :n) g
				    RETURNING id)
				INSERT INTO apt.atbd_versions (atbd_id, major, document, owner)
				SELECT c.id, 1, jsonb_set(v.document::jsonb, '{key_points}',
				                          to_jsonb('Backlog document ' || :run || ' ' || c.id))::json, 'benchmark'
				FROM created c JOIN apt.atbd_versions v ON v.atbd_id = CASE WHEN c.id % 2 = 0 THEN 2 ELSE 4 END
				""").param("run", run).param("n", documents).update();
		String backlog = "atbd_id IN (SELECT id FROM apt.atbds WHERE alias LIKE 'backlog-" + run + "-%')";
		while (succeeded(jdbc, backlog) < documents) {
			for (long pid : workerPids) {
				maxRss = Math.max(maxRss, rssKib(pid));
			}
			Thread.sleep(500);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Drain(documents, seconds, cpu.busyPercent(), maxRss / 1024);
	}

	/**
	 * 100 edits of GEDI's first paragraph, 50 ms apart; the renders that typeset, and
	 * when the last was served.
	 */
	private static Burst burst(JdbcClient jdbc, AptEdits apt, ApiClient api) throws Exception {
		long since = jdbc.sql("SELECT coalesce(max(revision), 0) FROM pressroom.serialization WHERE atbd_id = 2")
			.query(Long.class)
			.single();
		int edits = 100;
		String last = null;
		long lastEdit = 0;
		for (int i = 0; i < edits; i++) {
			last = "Burst edit number " + i + " zebra.";
			apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, last);
			lastEdit = System.nanoTime();
			Thread.sleep(50);
		}
		while (!api.pdfText(AptEdits.GEDI, 1).contains(last)) {
			Thread.sleep(10);
		}
		long served = (System.nanoTime() - lastEdit) / 1_000_000;
		int renders = jdbc.sql("""
				SELECT count(*) FROM pressroom.serialization
				WHERE atbd_id = 2 AND major = 1 AND revision > :since AND started_at IS NOT NULL
				""").param("since", since).query(Integer.class).single();
		return new Burst(edits, renders, served);
	}

	private static int succeeded(JdbcClient jdbc, String where) {
		return jdbc.sql("SELECT count(*) FROM pressroom.serialization WHERE state = 'succeeded' AND " + where)
			.query(Integer.class)
			.single();
	}

	private static void awaitSucceeded(JdbcClient jdbc, String where, int count, long timeoutMillis)
			throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (succeeded(jdbc, where) < count) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("the fixtures did not render");
			}
			Thread.sleep(200);
		}
	}

	private static long rssKib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
		return 0;
	}

	private record Drain(int documents, double seconds, double cpuPercent, long maxRssMib) {

		double perMinute() {
			return this.documents / this.seconds * 60;
		}

	}

	private record Burst(int edits, int renders, long servedAfterLastEditMs) {
	}

	/** The machine's CPU use between start and now, from /proc/stat. */
	private record CpuSampler(long busy, long total) {

		static CpuSampler start() throws IOException {
			return read();
		}

		double busyPercent() throws IOException {
			CpuSampler now = read();
			return 100.0 * (now.busy - this.busy) / Math.max(1, now.total - this.total);
		}

		private static CpuSampler read() throws IOException {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < fields.length; i++) {
				total += Long.parseLong(fields[i]);
			}
			long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
			return new CpuSampler(total - idle, total);
		}

	}

}
