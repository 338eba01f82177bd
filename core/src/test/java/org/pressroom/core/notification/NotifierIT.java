package org.pressroom.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * One notifier, several subscribers, a real PostgreSQL: one connection for all channels,
 * each notification to the subscribers of its channel, a failing subscriber alone with
 * its failure, every subscriber woken after a reconnect. On a database of this class's
 * own, so that its sessions can be counted. Subscribers poll hourly here, so every run
 * counted is a wake-up.
 */
class NotifierIT {

	private static final Duration HOURLY = Duration.ofHours(1);

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static DatabaseDetails database;

	private final List<Subscriber> started = new ArrayList<>();

	private Notifier notifier;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.create("notifier");
	}

	@AfterEach
	void stop() {
		this.started.forEach(Subscriber::stop);
		if (this.notifier != null) {
			this.notifier.stop();
		}
		await().atMost(PATIENCE).until(() -> sessionsOtherThanOurs() == 0);
	}

	@Test
	void twoChannelsShareOneConnectionAndEachNotificationWakesItsOwnSubscriber() throws SQLException {
		this.notifier = notifier(database);
		Subscriber changes = subscribe("pressroom_changes", true, () -> {
		});
		Subscriber jobs = subscribe("pressroom_jobs", true, () -> {
		});
		startNotifier();
		assertThat(sessionsOtherThanOurs()).as("one connection for both").isEqualTo(1);
		long changesBefore = changes.wakeUps();
		long jobsBefore = jobs.wakeUps();

		notify("pressroom_jobs");

		await().atMost(PATIENCE).until(() -> jobs.wakeUps() > jobsBefore);
		notify("pressroom_changes");
		await().atMost(PATIENCE).until(() -> changes.wakeUps() > changesBefore);
		assertThat(jobs.wakeUps()).as("not woken by the other channel").isEqualTo(jobsBefore + 1);
	}

	@Test
	void aFailingSubscriberKeepsItsErrorAndTheConnectionStaysForTheOthers() throws SQLException {
		this.notifier = notifier(database);
		AtomicBoolean failing = new AtomicBoolean(true);
		AtomicInteger attempts = new AtomicInteger();
		AtomicInteger onboarded = new AtomicInteger();
		Subscriber broken = subscribe("pressroom_changes", true, () -> {
			attempts.incrementAndGet();
			if (failing.get()) {
				throw new IllegalStateException("drain failed");
			}
		});
		Subscriber healthy = subscribe("pressroom_jobs", true, onboarded::incrementAndGet);
		startNotifier();
		int backend = notifierBackend();
		await().atMost(PATIENCE).until(() -> attempts.get() > 0 && onboarded.get() > 0);

		int attemptsBefore = attempts.get();
		notify("pressroom_changes");
		await().atMost(PATIENCE).until(() -> attempts.get() > attemptsBefore);
		int onboardedBefore = onboarded.get();
		notify("pressroom_jobs");
		await().atMost(PATIENCE).until(() -> onboarded.get() > onboardedBefore);

		assertThat(notifierBackend()).as("the same session all along").isEqualTo(backend);
		assertThat(this.notifier.lastError()).isNull();
		Health down = new NotificationHealthIndicator(broken).health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("channel", "pressroom_changes")
			.containsEntry("lastError", "java.lang.IllegalStateException: drain failed");
		assertThat(new NotificationHealthIndicator(healthy).health().getStatus()).isEqualTo(Status.UP);

		failing.set(false);
		notify("pressroom_changes");
		await().atMost(PATIENCE)
			.until(() -> new NotificationHealthIndicator(broken).health().getStatus().equals(Status.UP));
	}

	@Test
	void everySubscriberIsWokenAfterTheConnectionIsLostAndBack() throws SQLException {
		this.notifier = notifier(database);
		Subscriber listening = subscribe("pressroom_changes", true, () -> {
		});
		Subscriber polling = subscribe("pressroom_jobs", false, () -> {
		});
		startNotifier();
		int backend = notifierBackend();
		long listeningBefore = listening.wakeUps();
		long pollingBefore = polling.wakeUps();

		terminate(backend);

		await().atMost(PATIENCE)
			.until(() -> listening.wakeUps() > listeningBefore && polling.wakeUps() > pollingBefore);
		await().atMost(PATIENCE).until(this.notifier::isConnected);
		assertThat(notifierBackend()).isNotEqualTo(backend);
		assertThat(this.notifier.lastError()).as("why it reconnected").isNotNull();
	}

	@Test
	void aPollOnlySubscriberIsNotWokenByNotificationsButPolls() throws SQLException {
		this.notifier = notifier(database);
		AtomicInteger polls = new AtomicInteger();
		Subscriber pollOnly = new Subscriber(this.notifier, "pressroom_changes", polls::incrementAndGet,
				new SubscriberProperties(false, Duration.ofMillis(300)));
		pollOnly.start();
		this.started.add(pollOnly);
		startNotifier();
		long wakeUps = pollOnly.wakeUps();

		notify("pressroom_changes");

		await().atMost(PATIENCE).until(() -> polls.get() >= 3);
		assertThat(pollOnly.wakeUps()).as("no notification reached it").isEqualTo(wakeUps);
		assertThat(new NotificationHealthIndicator(pollOnly).health().getDetails()).containsEntry("mode", "poll");
		assertThat(new NotificationHealthIndicator(pollOnly).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void withoutSubscribersItHoldsNoConnection() throws SQLException {
		this.notifier = notifier(database);
		Subscriber subscriber = subscribe("pressroom_changes", true, () -> {
		});
		startNotifier();
		assertThat(sessionsOtherThanOurs()).isEqualTo(1);

		subscriber.stop();

		await().atMost(PATIENCE).until(() -> sessionsOtherThanOurs() == 0);
		assertThat(this.notifier.isConnected()).isFalse();
	}

	@Test
	void downWithTheReasonWhileTheDatabaseRefusesThenOutOfServiceOnceStopped() {
		this.notifier = notifier(new DatabaseDetails(database.jdbcUrl(), database.user(), "not-the-password"));
		Subscriber subscriber = subscribe("pressroom_changes", true, () -> {
		});
		NotificationHealthIndicator indicator = new NotificationHealthIndicator(subscriber);
		this.notifier.start();

		await().atMost(PATIENCE).until(() -> this.notifier.lastError() != null);
		Health health = indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("channel", "pressroom_changes").containsEntry("mode", "listen");
		assertThat(health.getDetails().get("lastError").toString()).contains("password authentication failed");

		subscriber.stop();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	/**
	 * Starts the notifier, after its subscribers, and waits until it is connected with
	 * all of them.
	 */
	private void startNotifier() {
		this.notifier.start();
		await().atMost(PATIENCE).until(this.notifier::isConnected);
	}

	private static Notifier notifier(DatabaseDetails target) {
		return new Notifier(connectionTo(target),
				new NotifierProperties(Duration.ofMillis(100), Duration.ofMillis(500)));
	}

	private Subscriber subscribe(String channel, boolean listen, Runnable action) {
		Subscriber subscriber = new Subscriber(this.notifier, channel, action,
				new SubscriberProperties(listen, HOURLY));
		subscriber.start();
		this.started.add(subscriber);
		return subscriber;
	}

	private static void notify(String channel) throws SQLException {
		execute("NOTIFY " + channel);
	}

	private static void terminate(int backend) throws SQLException {
		execute("SELECT pg_terminate_backend(" + backend + ")");
	}

	/** The backend of the one other session on this database: the notifier's. */
	private static int notifierBackend() throws SQLException {
		return (int) query("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
	}

	private static long sessionsOtherThanOurs() throws SQLException {
		return query("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
				+ "AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static long query(String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery(sql);
			rows.next();
			return rows.getLong(1);
		}
	}

	private static JdbcConnectionDetails connectionTo(DatabaseDetails details) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return details.user();
			}

			@Override
			public String getPassword() {
				return details.password();
			}

			@Override
			public String getJdbcUrl() {
				return details.jdbcUrl();
			}

		};
	}

}
