package org.pressroom.app.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pressroom.app.ApiClient;
import org.pressroom.app.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * App and worker in one JVM share one notification connection (issue #14): the change
 * listener and the job wake-up both LISTEN through it, and both stay meaningful in
 * readiness.
 */
class OneNotifierIT extends IntegrationTest {

	@Test
	void appAndWorkerInOneJvmListenOnOneConnection() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(listeningSessions()).as("sessions whose last statement was a LISTEN").isOne();
			JsonNode readiness = ApiClient.json(this.api.get("/actuator/health/readiness"));
			assertThat(readiness.at("/components/changeListener/status").asString()).isEqualTo("UP");
			assertThat(readiness.at("/components/jobWakeup/status").asString()).isEqualTo("UP");
		});
	}

	@Test
	void anEditStillWakesTheListenerAndTheRenderStartsAtOnce() {
		int atbd = this.apt.insertAtbd("one-notifier", """
				{"introduction": {"children": [{"type": "p", "children": [{"text": "Woken through one connection."}]}]}}
				""", java.util.Map.of(), this.store);

		this.api.awaitState(atbd, 1, "succeeded", Duration.ofSeconds(60));
		assertThat(this.api.pdfText(atbd, 1)).contains("Woken through one connection.");
	}

	private long listeningSessions() {
		return this.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND query ILIKE 'LISTEN %' AND pid <> pg_backend_pid()
				""").query(Long.class).single();
	}

}
