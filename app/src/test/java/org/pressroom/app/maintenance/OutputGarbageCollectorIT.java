package org.pressroom.app.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.output.GarbageProperties;
import org.pressroom.core.output.OutputGarbageCollector;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.serialization.SerializationRepository;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The collector keeps what readers can be served and removes the rest once the grace
 * period is over.
 */
class OutputGarbageCollectorIT extends IntegrationTest {

	private static final Duration GRACE = Duration.ofHours(24);

	@Autowired
	SerializationRepository serializations;

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void setUp() {
		this.apt.loadBeta1Dump();
		this.jdbc.sql("UPDATE apt.atbd_versions SET status = 'PUBLISHED' WHERE atbd_id = 4").update();
		for (int atbd : List.of(2, 3, 4)) {
			awaitServed(atbd, "succeeded");
		}
	}

	@Test
	void removesReplacedOutputsAfterTheGracePeriodOnly() {
		String replaced = servedChecksum(3);
		this.apt.setIntroduction(3, 1, "A newer introduction.");
		await().atMost(Duration.ofSeconds(90)).until(() -> !servedChecksum(3).equals(replaced));
		String current = servedChecksum(3);

		assertThat(collector(false).collect(Instant.now())).isEmpty();
		List<String> collected = collector(false).collect(Instant.now().plus(GRACE).plusSeconds(60));

		assertThat(collected).contains(OutputKeys.of(new VersionKey(3, 1), replaced, ""))
			.doesNotContainAnyElementsOf(served());
		assertThat(this.store.exists(OutputKeys.of(new VersionKey(3, 1), replaced, OutputKeys.DOCUMENT_PDF))).isFalse();
		assertThat(this.store.exists(OutputKeys.of(new VersionKey(3, 1), current, OutputKeys.DOCUMENT_PDF))).isTrue();
		assertThat(this.serializations.find(new VersionKey(3, 1), replaced).orElseThrow().outputs()).isEmpty();
		assertThat(this.api.get("/api/atbds/3/versions/1/pdf").statusCode()).isEqualTo(200);
		assertThat(this.meters.get("pressroom.gc.deleted").counter().count()).isEqualTo(collected.size());
	}

	@Test
	void keepsTheServedOutputOfEveryVersionAndThePublishedOne() {
		List<String> served = served();

		List<String> collected = collector(false).collect(Instant.now().plus(Duration.ofDays(365)));

		assertThat(served).hasSize(3);
		assertThat(collected).doesNotContainAnyElementsOf(served);
		for (int atbd : List.of(2, 3, 4)) {
			assertThat(this.api.get("/api/atbds/" + atbd + "/versions/1/pdf").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void removesTheOutputsOfADeletedVersion() {
		String checksum = servedChecksum(3);
		this.apt.deleteVersion(3, 1);
		await().atMost(Duration.ofSeconds(90)).until(() -> this.apt.serializationCount(3, 1) == 0);

		List<String> collected = collector(false).collect(Instant.now().plus(GRACE).plusSeconds(60));

		assertThat(collected).contains(OutputKeys.of(new VersionKey(3, 1), checksum, ""))
			.doesNotContainAnyElementsOf(served());
		assertThat(this.store.exists(OutputKeys.of(new VersionKey(3, 1), checksum, OutputKeys.STATUS_JSON))).isFalse();
	}

	@Test
	void dryRunReportsAndDeletesNothing() {
		String replaced = servedChecksum(2);
		this.apt.setFirstIntroductionParagraph(2, 1, "Dry run edit.");
		await().atMost(Duration.ofSeconds(90)).until(() -> !servedChecksum(2).equals(replaced));

		List<String> wouldCollect = collector(true).collect(Instant.now().plus(GRACE).plusSeconds(60));

		assertThat(wouldCollect).contains(OutputKeys.of(new VersionKey(2, 1), replaced, ""))
			.doesNotContainAnyElementsOf(served());
		assertThat(this.store.exists(OutputKeys.of(new VersionKey(2, 1), replaced, OutputKeys.DOCUMENT_PDF))).isTrue();
		assertThat(this.meters.get("pressroom.gc.deleted").counter().count()).isZero();
	}

	@Test
	void collectorsOnSeveralNodesAtOnceAgree() throws Exception {
		String replaced = servedChecksum(3);
		this.apt.setIntroduction(3, 1, "Collected by two nodes at once.");
		await().atMost(Duration.ofSeconds(90)).until(() -> !servedChecksum(3).equals(replaced));
		Instant later = Instant.now().plus(GRACE).plusSeconds(60);

		CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> collector(false).collect(later));
		CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> collector(false).collect(later));

		assertThat(first.get()).doesNotContainAnyElementsOf(served());
		assertThat(second.get()).doesNotContainAnyElementsOf(served());
		assertThat(this.store.exists(OutputKeys.of(new VersionKey(3, 1), replaced, OutputKeys.DOCUMENT_PDF))).isFalse();
		for (int atbd : List.of(2, 3, 4)) {
			assertThat(this.api.get("/api/atbds/" + atbd + "/versions/1/pdf").statusCode()).isEqualTo(200);
		}
	}

	/**
	 * The output folders readers are served now (a version's first render may already be
	 * replaced).
	 */
	private List<String> served() {
		return List.of(2, 3, 4)
			.stream()
			.filter((atbd) -> !servedChecksum(atbd).isEmpty())
			.map((atbd) -> OutputKeys.of(new VersionKey(atbd, 1), servedChecksum(atbd), ""))
			.toList();
	}

	private OutputGarbageCollector collector(boolean dryRun) {
		return new OutputGarbageCollector(this.store, this.serializations,
				new GarbageProperties(GRACE, Duration.ofHours(1), dryRun), this.meters);
	}

	private String servedChecksum(int atbd) {
		return this.api.status(atbd, 1).path("served").asString("");
	}

	private void awaitServed(int atbd, String state) {
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(this.api.status(atbd, 1).get("state").asString()).isEqualTo(state));
	}

}
