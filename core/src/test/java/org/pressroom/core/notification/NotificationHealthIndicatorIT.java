package org.pressroom.core.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A loop that cannot reach its database is DOWN with the reason; a stopped one is OUT_OF_SERVICE. */
class NotificationHealthIndicatorIT {

	@Test
	void downWithTheReasonWhileTheDatabaseRefusesThenOutOfServiceOnceStopped() throws IOException {
		NotificationLoop loop = new NotificationLoop("pressroom_test", () -> {
		}, nobodyListeningOn(freePort()), new NotificationProperties(true, Duration.ofSeconds(1),
				Duration.ofMillis(100), Duration.ofMillis(200)));
		NotificationHealthIndicator indicator = new NotificationHealthIndicator(loop);
		loop.start();
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> loop.lastError() != null);
			Health health = indicator.health();
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("channel", "pressroom_test").containsKey("lastError");
		}
		finally {
			loop.stop();
		}
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static JdbcConnectionDetails nobodyListeningOn(int port) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "pressroom";
			}

			@Override
			public String getPassword() {
				return "pressroom";
			}

			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://127.0.0.1:" + port + "/pressroom?connectTimeout=2";
			}

		};
	}

}
