package org.pressroom.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.pressroom.app.AptEdits;
import org.pressroom.app.NodeProcess;
import org.pressroom.core.dispatch.Dispatcher;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.StatementCounter;
import org.pressroom.testing.UnchangedCorpus;
import org.pressroom.worker.PressroomWorker;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #11's figures in one run, on embedded PostgreSQL and S3 with the local run's
 * worker (two renders per core):
 * <ol>
 * <li>edit → served PDF for editors' saves (five editors, each saving a different copy of
 * GEDI, one save every 3 s from 1 s after the start) on an idle system and while bulk
 * work of N new versions (one {@code INSERT ... SELECT} of GEDI copies) drains: p50, p95,
 * max; and each bulk batch's drain time and docs/min alone and with the editors;</li>
 * <li>the cost of one backlog scan over 1,000, 10,000 and 100,000 unchanged versions
 * (rows inserted with finished serializations): time, SQL statements and S3 calls,
 * counted on the scanning thread;</li>
 * <li>kill -9 of the one of two worker JVMs that typesets: seconds until the render
 * restarts on the other.</li>
 * </ol>
 * Not part of the test run (about 45 minutes on 2 cores with the defaults): <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl app spring-boot:test-run -Dpressroom.main=org.pressroom.app.bench.AdmissionBenchmark \
 *     -Dspring-boot.run.arguments="--bulk=150,1000 --saves=10 --scan=1000,10000,100000 --kills=3"
 * </pre>
 */
public final class AdmissionBenchmark {

	private static final String FAKE_RENDERER = "7".repeat(64);

	private AdmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] bulks = list(args, "--bulk=", "150,1000");
		int saves = FreshnessBenchmark.option(args, "--saves=", 10);
		int[] scans = list(args, "--scan=", "1000,10000,100000");
		int kills = FreshnessBenchmark.option(args, "--kills=", 3);
		Path dataDir = Files.createTempDirectory("pressroom-admission");
		Map<String, Percentiles> editors = new LinkedHashMap<>();
		List<String> drains = new ArrayList<>();
		List<String> drainJson = new ArrayList<>();
		List<Long> restarts = new ArrayList<>();
		List<String> scanRows = new ArrayList<>();
		List<String> scanJson = new ArrayList<>();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, "pressroom",
				"pressroom", "pressroom", false); EmbeddedS3 s3 = EmbeddedS3.start(0, null)) {
			try (ConfigurableApplicationContext context = BenchmarkPressroom.start(postgres, s3,
					"--jobrunr.background-job-server.worker-count=" + PressroomWorker.defaultWorkerCount())) {
				JdbcClient jdbc = context.getBean(JdbcClient.class);
				AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
				apt.loadBeta1Dump();
				awaitSucceeded(jdbc, List.of(2, 3, 4));
				List<Integer> documents = copies(jdbc, "editor", 5);
				awaitSucceeded(jdbc, documents);
				// Warms the JIT and the precompiled preamble, so that the first measured
				// batch is not the slowest.
				System.out.printf("warm-up batch of 10: %.1f s%n", drain(jdbc, "warm-up", 10, null).seconds());
				editors.put("idle", Percentiles.of(EditorSaves.run(jdbc, apt, documents, saves, "idle")));
				System.out.println("idle editors: " + editors.get("idle").json());
				for (int n : bulks) {
					Drain alone = drain(jdbc, "alone-" + n, n, null);
					System.out.printf("bulk %d alone: %.1f s%n", n, alone.seconds());
					List<Long> samples = new ArrayList<>();
					Drain withEditors = drain(jdbc, "editors-" + n, n,
							() -> samples.addAll(EditorSaves.run(jdbc, apt, documents, saves, "during-" + n)));
					editors.put("during bulk of " + n, Percentiles.of(samples));
					System.out.printf("bulk %d with editors: %.1f s, editors %s%n", n, withEditors.seconds(),
							editors.get("during bulk of " + n).json());
					drains.add(String.format("%-10d %10.1f %10.1f %16.1f %10.1f %9.1f%%", n, alone.seconds(),
							alone.perMinute(), withEditors.seconds(), withEditors.perMinute(),
							100 * (withEditors.seconds() / alone.seconds() - 1)));
					drainJson.add(String.format("{\"n\":%d,\"alone_s\":%.1f,\"with_editors_s\":%.1f}", n,
							alone.seconds(), withEditors.seconds()));
				}
			}
			restarts.addAll(killWorkers(postgres, s3, dataDir, kills));
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("scan-postgres"), 0, "pressroom",
				"pressroom", "pressroom", false); EmbeddedS3 s3 = EmbeddedS3.start(0, null)) {
			scanCost(postgres, s3, scans, scanRows, scanJson);
		}

		System.out.printf("%nEdit → served PDF, ms (%d saves by 5 editors, one every 3 s from 1 s after the start)%n",
				saves);
		System.out.printf("%-24s %6s %8s %8s %8s%n", "", "n", "p50", "p95", "max");
		editors.forEach((label, p) -> System.out.printf("%-24s %6d %8d %8d %8d%n", label, p.count(), p.p50(), p.p95(),
				p.max()));
		System.out.printf("%nBulk work (one INSERT ... SELECT of GEDI copies)%n");
		System.out.printf("%-10s %10s %10s %16s %10s %10s%n", "versions", "alone s", "docs/min", "with editors s",
				"docs/min", "slower");
		drains.forEach(System.out::println);
		System.out.printf("%nOne backlog scan over unchanged versions (median of 3)%n");
		System.out.printf("%-10s %10s %10s %10s%n", "versions", "ms", "queries", "S3 calls");
		scanRows.forEach(System.out::println);
		Percentiles restart = restarts.isEmpty() ? null : Percentiles.of(restarts);
		System.out.printf("%nkill -9 of the typesetting one of two worker JVMs: render restarted on the other after"
				+ " (ms) %s%n", restarts);
		if (restart != null) {
			System.out.printf("restart: p50 %d ms, max %d ms%n", restart.p50(), restart.max());
		}
		StringBuilder json = new StringBuilder("{\"editors_ms\":{");
		editors.forEach((label, p) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",")
			.append('"')
			.append(label.replace(' ', '_'))
			.append("\":")
			.append(p.json()));
		json.append("},\"bulk\":[")
			.append(String.join(",", drainJson))
			.append("],\"scan\":[")
			.append(String.join(",", scanJson))
			.append("],\"takeover_ms\":")
			.append(restart == null ? "null" : restart.json())
			.append('}');
		System.out.println(json);
		System.exit(0);
	}

	/** {@code n} copies of GEDI in one statement; returns their ATBD ids. */
	static List<Integer> copies(JdbcClient jdbc, String run, int n) {
		return jdbc
			.sql("""
					WITH created AS (
					    INSERT INTO apt.atbds (title, alias, created_by, last_updated_by)
					    SELECT 'Copy ' || :run || ' ' || g, 'copy-' || :run || '-' || g, 'benchmark', 'benchmark'
					    FROM generate_series(1, :n) g
					    RETURNING id)
					INSERT INTO apt.atbd_versions (atbd_id, major, minor, status, document, created_by, last_updated_by, owner)
					SELECT c.id, 1, 0, v.status, v.document, 'benchmark', 'benchmark', 'benchmark'
					FROM created c CROSS JOIN apt.atbd_versions v WHERE v.atbd_id = 2 AND v.major = 1
					RETURNING atbd_id
					""")
			.param("run", run)
			.param("n", n)
			.query(Integer.class)
			.list();
	}

	/**
	 * Inserts the batch and waits until all of it rendered, running {@code during}
	 * meanwhile.
	 */
	private static Drain drain(JdbcClient jdbc, String run, int n, Interruptible during) throws Exception {
		long start = System.nanoTime();
		List<Integer> batch = copies(jdbc, run, n);
		Thread side = null;
		if (during != null) {
			side = new Thread(() -> {
				try {
					during.run();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "editors");
			side.start();
		}
		awaitSucceeded(jdbc, batch);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (side != null) {
			side.join();
		}
		return new Drain(n, seconds);
	}

	/**
	 * An app without a worker in this JVM and two worker JVMs; each round edits GEDI into
	 * a long document, kills the worker JVM that typesets it and times until the other
	 * runs the render.
	 */
	private static List<Long> killWorkers(EmbeddedPostgres postgres, EmbeddedS3 s3, Path dataDir, int rounds)
			throws Exception {
		List<Long> restarts = new ArrayList<>();
		try (ConfigurableApplicationContext context = BenchmarkPressroom.start(postgres, s3,
				"--jobrunr.background-job-server.enabled=false")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
			RenderWorkerRepository workers = context.getBean(RenderWorkerRepository.class);
			List<NodeProcess> jvms = new ArrayList<>();
			try {
				jvms.add(startWorker("worker-a", postgres, s3, dataDir));
				jvms.add(startWorker("worker-b", postgres, s3, dataDir));
				for (int round = 0; round < rounds; round++) {
					awaitLiveSlots(workers, 2);
					apt.setIntroductionParagraphs(AptEdits.GEDI, 1, 6000, "Kill round " + round + ", paragraph");
					long deadline = System.nanoTime() + 300_000_000_000L;
					NodeProcess victim = null;
					while (victim == null) {
						victim = jvms.stream().filter(NodeProcess::isTypesetting).findFirst().orElse(null);
						if (System.nanoTime() > deadline) {
							throw new IllegalStateException("no worker typeset the long document");
						}
						Thread.sleep(10);
					}
					UUID victimId = workerId(jdbc, victim);
					victim.killJvmOnly();
					long killed = System.nanoTime();
					while (!restartedElsewhere(jdbc, victimId)) {
						if (System.nanoTime() - killed > 120_000_000_000L) {
							throw new IllegalStateException("the render was not restarted within 2 minutes");
						}
						Thread.sleep(10);
					}
					restarts.add((System.nanoTime() - killed) / 1_000_000);
					System.out.printf("kill round %d: restarted after %d ms%n", round, restarts.get(round));
					awaitSucceeded(jdbc, List.of(AptEdits.GEDI));
					jvms.remove(victim);
					jvms.add(startWorker("worker-" + round, postgres, s3, dataDir));
				}
			}
			finally {
				for (NodeProcess jvm : jvms) {
					jvm.close();
				}
			}
		}
		return restarts;
	}

	/**
	 * A worker node in a JVM of its own, from the worker's executable jar, on the
	 * benchmark's servers.
	 */
	private static NodeProcess startWorker(String name, EmbeddedPostgres postgres, EmbeddedS3 s3, Path dataDir)
			throws IOException {
		List<String> arguments = new ArrayList<>(BenchmarkPressroom.settings(postgres, s3));
		arguments.add("--server.port=0");
		return NodeProcess.start(name, NodeProcess.workerImageJar(), Map.of(), dataDir.resolve("logs"),
				arguments.toArray(String[]::new));
	}

	/**
	 * The id the worker registered under, once it has (its host column ends with its
	 * pid).
	 */
	private static UUID workerId(JdbcClient jdbc, NodeProcess worker) {
		return jdbc.sql("SELECT id FROM pressroom.render_workers WHERE host LIKE :pid")
			.param("pid", "%:" + worker.pid())
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private static boolean restartedElsewhere(JdbcClient jdbc, UUID victim) {
		return jdbc.sql("""
				SELECT count(*) FROM pressroom.serialization s
				WHERE s.atbd_id = 2 AND s.major = 1 AND s.state IN ('running', 'succeeded') AND s.attempts >= 2
				  AND s.worker_id IS DISTINCT FROM :victim
				  AND s.revision = (SELECT max(revision) FROM pressroom.serialization WHERE atbd_id = 2 AND major = 1)
				""").param("victim", victim).query(Integer.class).single() > 0;
	}

	private static void awaitLiveSlots(RenderWorkerRepository workers, int slots) throws InterruptedException {
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (workers.liveSlots() < slots) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the worker JVMs did not start");
			}
			Thread.sleep(200);
		}
	}

	/**
	 * Scans over 1,000, 10,000 and 100,000 unchanged versions (rows inserted with
	 * finished serializations, no worker: the renderer version is recorded as one would),
	 * timing {@link Dispatcher#scan()} and counting its statements and S3 calls on the
	 * calling thread.
	 */
	private static void scanCost(EmbeddedPostgres postgres, EmbeddedS3 s3, int[] sizes, List<String> rows,
			List<String> json) throws Exception {
		try (ConfigurableApplicationContext context = BenchmarkPressroom.startWith(
				(ctx) -> ctx.getBeanFactory().addBeanPostProcessor(new StatementCounter()), postgres, s3,
				"--jobrunr.background-job-server.enabled=false", "--pressroom.listening.enabled=false")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			Dispatcher dispatcher = context.getBean(Dispatcher.class);
			context.getBean(RenderWorkerRepository.class)
				.registerRenderer(FAKE_RENDERER, "c".repeat(64), "pdfTeX (benchmark)", Instant.now());
			int existing = 0;
			for (int size : sizes) {
				UnchangedCorpus.insertVersions(context.getBean(DataSource.class), size - existing);
				UnchangedCorpus.markAllRendered(context.getBean(DataSource.class), FAKE_RENDERER);
				existing = size;
				jdbc.sql("ANALYZE").update();
				dispatcher.scan();
				long[] millis = new long[3];
				StatementCounter.Counts counts = null;
				for (int i = 0; i < 3; i++) {
					Thread.sleep(1_100); // the renderer version is read again, as in a
											// scan a minute after the last
					counts = StatementCounter.start();
					long start = System.nanoTime();
					int queued = dispatcher.scan();
					millis[i] = (System.nanoTime() - start) / 1_000_000;
					StatementCounter.stop();
					if (queued != 0) {
						throw new IllegalStateException("the scan queued " + queued + " unchanged versions");
					}
				}
				Arrays.sort(millis);
				rows.add(String.format("%-10d %10d %10d %10d", size, millis[1], counts.statementCount(),
						counts.s3CallCount()));
				json.add(String.format("{\"versions\":%d,\"ms\":%d,\"queries\":%d,\"s3_calls\":%d}", size, millis[1],
						counts.statementCount(), counts.s3CallCount()));
				System.out.println("scan: " + rows.get(rows.size() - 1));
			}
		}
	}

	private static void awaitSucceeded(JdbcClient jdbc, List<Integer> atbds) throws InterruptedException {
		long deadline = System.nanoTime() + 7_200_000_000_000L;
		while (succeeded(jdbc, atbds) < atbds.size()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not rendered within 2 hours: " + atbds.size() + " versions");
			}
			Thread.sleep(250);
		}
	}

	/**
	 * Versions of the list whose newest content rendered successfully and which wait for
	 * nothing.
	 */
	private static int succeeded(JdbcClient jdbc, List<Integer> atbds) {
		return jdbc.sql("""
				SELECT count(*) FROM apt.atbd_versions v
				WHERE v.atbd_id IN (:atbds) AND v.major = 1
				  AND NOT EXISTS (SELECT 1 FROM pressroom.change_requests c WHERE c.atbd_id = v.atbd_id
				                  AND c.major = v.major AND c.revision > c.dispatched_revision)
				  AND (SELECT s.state FROM pressroom.serialization s WHERE s.atbd_id = v.atbd_id AND s.major = v.major
				       ORDER BY s.revision DESC, s.computed_at DESC LIMIT 1) = 'succeeded'
				""").param("atbds", atbds).query(Integer.class).single();
	}

	private static int[] list(String[] args, String prefix, String fallback) {
		String value = fallback;
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				value = arg.substring(prefix.length());
			}
		}
		return Arrays.stream(value.split(",")).filter((part) -> !part.isBlank()).mapToInt(Integer::parseInt).toArray();
	}

	private interface Interruptible {

		void run() throws InterruptedException;

	}

	private record Drain(int documents, double seconds) {

		double perMinute() {
			return this.documents / this.seconds * 60;
		}

	}

}
