package org.pressroom.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.pressroom.core.output.StorageProperties;
import org.pressroom.testing.EmbeddedPostgres;
import org.pressroom.testing.EmbeddedS3;
import org.pressroom.testing.TestDatabase;
import org.pressroom.testing.TestDatabase.DatabaseDetails;
import org.pressroom.testing.TestS3;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The PostgreSQL and S3 server Pressroom runs on in a test JVM, handed to the context as
 * beans with connection details (petclinic's {@code @ServiceConnection}): a
 * {@link JdbcConnectionDetails}, which DataSource, Flyway and the notifier use instead of
 * {@code spring.datasource.*}, and a {@link StorageConnection}, which stands in for the
 * endpoint and credentials of {@code pressroom.storage.*}. Either may be absent, and then
 * the properties apply (the local run against a real database or store). Servers in
 * {@code owned} are closed with the context, also when its start fails.
 *
 * @param database the database, or null for {@code spring.datasource.*}
 * @param storage the S3 server, or null for {@code pressroom.storage.*}
 * @param owned the servers the context stops when it closes
 */
public record EmbeddedServers(DatabaseDetails database, StorageConnection storage, List<AutoCloseable> owned)
		implements
			ApplicationContextInitializer<ConfigurableApplicationContext>,
			AutoCloseable {

	public EmbeddedServers {
		owned = List.copyOf(owned);
	}

	/**
	 * The test JVM's shared database (TEST_DATABASE_URL, else embedded) and S3 server;
	 * they outlive contexts.
	 */
	public static EmbeddedServers shared() {
		return new EmbeddedServers(TestDatabase.get(), StorageConnection.of(TestS3.get()), List.of());
	}

	/**
	 * Servers the caller started and stops (a fault test stops and restarts them under a
	 * running context).
	 */
	public static EmbeddedServers of(EmbeddedPostgres postgres, EmbeddedS3 s3) {
		return new EmbeddedServers(details(postgres), StorageConnection.of(s3), List.of());
	}

	static DatabaseDetails details(EmbeddedPostgres postgres) {
		return new DatabaseDetails(postgres.jdbcUrl(), postgres.user(), postgres.password());
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GenericApplicationContext beans = (GenericApplicationContext) context;
		if (this.database != null) {
			beans.registerBean("embeddedDatabase", JdbcConnectionDetails.class, () -> jdbc(this.database));
		}
		if (this.storage != null) {
			beans.registerBean("embeddedStorage", StorageConnection.class, () -> this.storage);
			beans.getBeanFactory().addBeanPostProcessor(this.storage.applier());
		}
		List<AutoCloseable> servers = new ArrayList<>(this.owned);
		for (int i = 0; i < servers.size(); i++) {
			AutoCloseable server = servers.get(i);
			// destroyed on close and, since refresh destroys what it created, when the
			// start fails
			beans.registerBean("embeddedServer" + i, AutoCloseable.class, () -> server,
					(definition) -> definition.setDestroyMethodName("close"));
		}
	}

	/** Stops the owned servers; for a start that failed before the context existed. */
	@Override
	public void close() {
		for (AutoCloseable server : this.owned) {
			try {
				server.close();
			}
			catch (Exception ex) {
				System.err.println("Could not stop " + server + ": " + ex);
			}
		}
	}

	private static JdbcConnectionDetails jdbc(DatabaseDetails database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.user();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

	/**
	 * Where an S3 server is and how to sign for it: replaces endpoint, region and
	 * credentials in the bound {@link StorageProperties} (whatever the profiles or
	 * environment say), keeps the buckets, and creates them at start, since an embedded
	 * store starts without any.
	 */
	public record StorageConnection(URI endpoint, String region, String accessKey, String secretKey) {

		public static StorageConnection of(EmbeddedS3 s3) {
			return new StorageConnection(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey());
		}

		StorageProperties applyTo(StorageProperties properties) {
			return new StorageProperties(properties.bucket(), properties.imagesBucket(), this.endpoint, this.region,
					this.accessKey, this.secretKey, true);
		}

		BeanPostProcessor applier() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof StorageProperties properties) ? applyTo(properties) : bean;
				}

			};
		}

	}

}
