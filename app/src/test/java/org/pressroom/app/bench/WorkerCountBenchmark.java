package org.pressroom.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.pressroom.app.AptEdits;
import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Freshness during a burst against how many renders one worker runs at once. Every round
 * edits all versions at once, back to back, and takes each edit's commit-to-rendered time
 * (the render's finished_at, same machine clock). Rounds alternate between the candidate
 * worker counts in one process, the first ({@code JobRunr's} default, 8 per core) being
 * the baseline the others are compared with: <pre>
 * mvn -B -q -pl app spring-boot:test-run -Dpressroom.main=org.pressroom.app.bench.WorkerCountBenchmark \
 *     -Dspring-boot.run.arguments="--versions=40 --rounds=2"
 * </pre>
 */
public final class WorkerCountBenchmark {

	private WorkerCountBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int versions = FreshnessBenchmark.option(args, "--versions=", 40);
		int rounds = FreshnessBenchmark.option(args, "--rounds=", 2);
		int cores = Runtime.getRuntime().availableProcessors();
		List<Integer> counts = List.of(8 * cores, cores, 2 * cores);
		Map<Integer, List<Long>> latencies = new LinkedHashMap<>();
		Map<Integer, List<Long>> drains = new LinkedHashMap<>();
		Path dataDir = Files.createTempDirectory("pressroom-worker-count");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, "pressroom",
				"pressroom", "pressroom", false); EmbeddedS3 s3 = EmbeddedS3.start(0, null)) {
			List<Integer> atbds = null;
			for (int round = 0; round < rounds; round++) {
				for (int count : counts) {
					try (ConfigurableApplicationContext context = BenchmarkPressroom.start(postgres, s3,
							"--jobrunr.background-job-server.worker-count=" + count)) {
						JdbcClient jdbc = context.getBean(JdbcClient.class);
						AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
						if (atbds == null) {
							atbds = apt.insertVersionsSharingContacts(versions, versions);
							awaitRendered(context, atbds, Map.of());
						}
						Map<Integer, Instant> committed = new LinkedHashMap<>();
						for (int atbd : atbds) {
							apt.setIntroductionParagraphs(atbd, 1, 300,
									"Round " + round + " with " + count + " workers, ATBD " + atbd + ".");
							committed.put(atbd, Instant.now());
						}
						Map<Integer, Instant> finished = awaitRendered(context, atbds, committed);
						List<Long> sample = new ArrayList<>();
						committed
							.forEach((atbd, at) -> sample.add(finished.get(atbd).toEpochMilli() - at.toEpochMilli()));
						latencies.computeIfAbsent(count, (key) -> new ArrayList<>()).addAll(sample);
						Instant first = committed.values().iterator().next();
						Instant last = finished.values().stream().max(Instant::compareTo).orElseThrow();
						drains.computeIfAbsent(count, (key) -> new ArrayList<>())
							.add(last.toEpochMilli() - first.toEpochMilli());
						System.out.printf("round %d, %2d workers: %s, drained in %d ms%n", round, count,
								Percentiles.of(sample).json(), last.toEpochMilli() - first.toEpochMilli());
					}
				}
			}
		}
		int baseline = counts.get(0);
		Percentiles base = Percentiles.of(latencies.get(baseline));
		System.out.printf("%n%d versions edited at once, %d rounds, %d cores; commit-to-rendered ms%n", versions,
				rounds, cores);
		System.out.printf("%-8s %6s %8s %8s %8s %12s %14s%n", "workers", "n", "p50", "p95", "max", "drain ms",
				"p50 vs " + baseline);
		latencies.forEach((count, sample) -> {
			Percentiles p = Percentiles.of(sample);
			long drain = drains.get(count).stream().mapToLong(Long::longValue).sum() / drains.get(count).size();
			System.out.printf("%-8d %6d %8d %8d %8d %12d %13.2fx%n", count, p.count(), p.p50(), p.p95(), p.max(), drain,
					(double) p.p50() / base.p50());
		});
		System.exit(0);
	}

	/**
	 * Waits until every version's newest content is rendered, finished after
	 * {@code committed} (any render when absent); returns when each finished.
	 */
	private static Map<Integer, Instant> awaitRendered(ConfigurableApplicationContext context, List<Integer> atbds,
			Map<Integer, Instant> committed) throws InterruptedException {
		ChangeRequestRepository changeRequests = context.getBean(ChangeRequestRepository.class);
		SerializationRepository serializations = context.getBean(SerializationRepository.class);
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (System.nanoTime() < deadline) {
			Map<Integer, Instant> finished = new LinkedHashMap<>();
			for (int atbd : atbds) {
				VersionKey key = new VersionKey(atbd, 1);
				Instant at = committed.get(atbd);
				Optional<Serialization> current = serializations.current(key);
				if (!changeRequests.isPending(key) && current.isPresent()
						&& current.get().state() == SerializationState.SUCCEEDED
						&& (at == null || current.get().finishedAt().isAfter(at))) {
					finished.put(atbd, current.get().finishedAt());
				}
			}
			if (finished.size() == atbds.size()) {
				return finished;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("not every version rendered within 10 minutes");
	}

}
