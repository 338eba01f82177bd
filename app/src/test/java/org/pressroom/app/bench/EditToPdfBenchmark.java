package org.pressroom.app.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.pressroom.app.ApiClient;
import org.pressroom.app.AptEdits;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures edit-to-PDF freshness for the GEDI document: the time from committing a
 * paragraph edit by SQL until the REST API serves a PDF whose text contains it. Starts
 * Pressroom on its embedded parts (a fresh PostgreSQL and an in-memory S3 server), loads
 * APT's dump, and runs the edits twice in one process: with instant pickup (workers
 * LISTEN for new jobs) and with JobRunr's poll alone, which is the baseline; also pickup
 * (enqueue to start) and the render time per stage. Not part of the test run:
 * {@code mvn -q install -DskipTests && mvn -q -pl app spring-boot:test-run -Dpressroom.main=org.pressroom.app.bench.EditToPdfBenchmark}
 * ({@code -Dspring-boot.run.arguments=--edits=30}, the default).
 * {@link FreshnessBenchmark} runs it with the others.
 */
public final class EditToPdfBenchmark {

	private EditToPdfBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.out.println(measure(FreshnessBenchmark.option(args, "--edits=", 30)));
		System.exit(0);
	}

	/** Prints the table and returns the figures as one JSON object. */
	static String measure(int edits) throws Exception {
		Path dataDir = Files.createTempDirectory("pressroom-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir.resolve("postgres"), 0, "pressroom",
				"pressroom", "pressroom", false); EmbeddedS3 s3 = EmbeddedS3.start(0, null)) {
			ModeResult instant = run(postgres, s3, true, edits, "instant pickup");
			ModeResult poll = run(postgres, s3, false, edits, "poll only");
			System.out.printf("%n%-16s %-12s %6s %8s %8s %8s%n", "mode", "measure", "n", "p50 ms", "p95 ms", "max ms");
			for (ModeResult mode : List.of(instant, poll)) {
				row(mode.label(), "edit_to_pdf", mode.editToPdf());
				row(mode.label(), "pickup", mode.pickup());
			}
			System.out.printf("ratio edit_to_pdf p50 poll/instant: %.1fx%n",
					(double) poll.editToPdf().p50() / Math.max(1, instant.editToPdf().p50()));
			System.out.println("render_ms p50 per stage (instant pickup): " + instant.stages());
			return "{\"edit_to_pdf_ms\":{\"instant\":" + instant.editToPdf().json() + ",\"poll\":"
					+ poll.editToPdf().json() + "},\"pickup_ms\":{\"instant\":" + instant.pickup().json() + ",\"poll\":"
					+ poll.pickup().json() + "},\"render_ms_p50\":" + json(instant.stages()) + "}";
		}
	}

	private static void row(String mode, String measure, Percentiles figures) {
		System.out.printf("%-16s %-12s %6d %8d %8d %8d%n", mode, measure, figures.count(), figures.p50(), figures.p95(),
				figures.max());
	}

	private static String json(Map<String, Long> values) {
		StringBuilder json = new StringBuilder("{");
		values.forEach((key, value) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(key)
			.append("\":")
			.append(value));
		return json.append('}').toString();
	}

	/**
	 * Pickup (enqueue to start: the row is recorded just before its job is enqueued) and
	 * the stage timings, from the serializations of GEDI's edits.
	 */
	private static ModeResult fromRows(String label, JdbcClient jdbc, Percentiles editToPdf, long sinceRevision) {
		List<Long> pickups = jdbc.sql("""
				SELECT (extract(epoch FROM started_at - computed_at) * 1000)::bigint FROM pressroom.serialization
				WHERE atbd_id = 2 AND major = 1 AND state = 'succeeded' AND revision > :since
				""").param("since", sinceRevision).query(Long.class).list();
		Map<String, Long> stages = new LinkedHashMap<>();
		for (String stage : List.of("images", "tex", "pdf", "html", "upload", "total")) {
			List<Long> values = jdbc.sql("""
					SELECT (timings ->> :stage)::bigint FROM pressroom.serialization
					WHERE atbd_id = 2 AND major = 1 AND state = 'succeeded' AND revision > :since
					  AND timings ->> :stage IS NOT NULL
					""").param("stage", stage).param("since", sinceRevision).query(Long.class).list();
			if (!values.isEmpty()) {
				stages.put(stage, Percentiles.of(values).p50());
			}
		}
		return new ModeResult(label, editToPdf, Percentiles.of(pickups), stages);
	}

	private record ModeResult(String label, Percentiles editToPdf, Percentiles pickup, Map<String, Long> stages) {
	}

	private static ModeResult run(EmbeddedPostgres postgres, EmbeddedS3 s3, boolean instantPickup, int edits,
			String label) throws Exception {
		try (ConfigurableApplicationContext context = BenchmarkPressroom.start(postgres, s3,
				"--pressroom.wakeup.enabled=" + instantPickup)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			AptEdits apt = new AptEdits(jdbc, context.getBean(DataSource.class));
			if (jdbc.sql("SELECT count(*) FROM apt.atbds").query(Integer.class).single() == 0) {
				apt.loadBeta1Dump();
			}
			ApiClient api = BenchmarkPressroom.api(context);
			awaitText(api, "The Global Ecosystem", 120_000);
			long since = jdbc.sql("SELECT coalesce(max(revision), 0) FROM pressroom.serialization WHERE atbd_id = 2")
				.query(Long.class)
				.single();
			List<Long> samples = new ArrayList<>();
			for (int i = 0; i < edits; i++) {
				String marker = "Benchmark edit " + label.replace(' ', '-') + " number " + i + " zebra.";
				long start = System.nanoTime();
				apt.setFirstIntroductionParagraph(AptEdits.GEDI, 1, marker);
				awaitText(api, marker, 60_000);
				samples.add((System.nanoTime() - start) / 1_000_000);
				System.out.printf("%s edit %d: %d ms%n", label, i, samples.get(samples.size() - 1));
			}
			return fromRows(label, jdbc, Percentiles.of(samples), since);
		}
	}

	/**
	 * Polls the status until a new checksum is served, then checks that the PDF shows the
	 * text.
	 */
	private static void awaitText(ApiClient api, String text, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		String checked = null;
		while (System.currentTimeMillis() < deadline) {
			String served = api.status(AptEdits.GEDI, 1).path("served").asString(null);
			if (served != null && !served.equals(checked)) {
				HttpResponse<byte[]> pdf = api.get("/api/atbds/2/versions/1/pdf");
				if (pdf.statusCode() == 200 && ApiClient.textOf(pdf.body()).contains(text)) {
					return;
				}
				checked = served;
			}
			Thread.sleep(10);
		}
		throw new IllegalStateException("'" + text + "' was not served within " + timeoutMillis + " ms");
	}

}
