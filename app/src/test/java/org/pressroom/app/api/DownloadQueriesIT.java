package org.pressroom.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * How many SQL statements one API request sends, counted on the real database connection
 * pool: every statement prepared on a request thread of the web server. The security rule
 * and the controller share one lookup of the version (issue #14: an anonymous PDF
 * download cost 8 statements before S3).
 */
@Import(DownloadQueriesIT.StatementLogConfig.class)
class DownloadQueriesIT extends IntegrationTest {

	/**
	 * The version lookup (id or alias, version, status) and the rendering state (3
	 * reads).
	 */
	private static final int DOWNLOAD_STATEMENTS = 4;

	private static final String PUBLISHED = "/api/atbds/4/versions/1";

	@BeforeEach
	void setUp() {
		this.apt.loadBeta1Dump();
		this.jdbc.sql("UPDATE apt.atbd_versions SET status = 'PUBLISHED' WHERE atbd_id = 4").update();
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.api.status(4, 1).get("state").asString()).isEqualTo("succeeded"));
	}

	@Test
	void anAnonymousDownloadLooksTheVersionUpOnce() {
		assertThat(this.anonymous.get(PUBLISHED + "/pdf").statusCode()).isEqualTo(200);

		List<String> pdf = statementsOf(
				() -> assertThat(this.anonymous.get(PUBLISHED + "/pdf").statusCode()).isEqualTo(200));
		List<String> byAlias = statementsOf(() -> assertThat(
				this.anonymous.get("/api/atbds/harmonized-landsat-sentinel-2-reflectance-dataset/versions/1/html")
					.statusCode())
			.isEqualTo(200));
		List<String> editorStatus = statementsOf(
				() -> assertThat(this.api.get(PUBLISHED + "/serialization").statusCode()).isEqualTo(200));
		System.out.printf(
				"SQL statements per request: anonymous PDF %d, anonymous HTML by alias %d, editor status %d%n",
				pdf.size(), byAlias.size(), editorStatus.size());

		assertThat(pdf).as("statements of an anonymous PDF download").hasSize(DOWNLOAD_STATEMENTS);
		assertThat(byAlias).as("statements of an anonymous HTML download by alias").hasSize(DOWNLOAD_STATEMENTS);
		assertThat(editorStatus).as("statements of an editor's status").hasSize(DOWNLOAD_STATEMENTS);
		assertThat(pdf.stream().filter((sql) -> sql.contains("apt.atbds"))).hasSize(1);
	}

	@Test
	void anUnknownVersionCostsOneStatement() {
		List<String> unknown = statementsOf(
				() -> assertThat(this.anonymous.get("/api/atbds/4/versions/9/pdf").statusCode()).isEqualTo(404));

		assertThat(unknown).hasSize(1);
	}

	private static List<String> statementsOf(Runnable request) {
		StatementLogConfig.STATEMENTS.clear();
		request.run();
		return StatementLogConfig.STATEMENTS.stream()
			.filter((entry) -> entry.thread().contains("-exec-"))
			.map(Statement::sql)
			.toList();
	}

	record Statement(String thread, String sql) {
	}

	/**
	 * Wraps the application's DataSource so that every statement prepared through it is
	 * logged with its thread.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StatementLogConfig {

		static final List<Statement> STATEMENTS = new CopyOnWriteArrayList<>();

		private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

		@Bean
		static BeanPostProcessor statementLog() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!beanName.equals("dataSource") || !(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(target, method, args);
						return (result instanceof Connection connection)
								? proxy(Connection.class, connection, (inner, call, callArgs) -> {
									if (PREPARING.contains(call.getName())) {
										STATEMENTS.add(new Statement(Thread.currentThread().getName(),
												(callArgs != null && callArgs.length > 0) ? String.valueOf(callArgs[0])
														: call.getName()));
									}
									return invoke(inner, call, callArgs);
								}) : result;
					});
				}

			};
		}

		private static <T> T proxy(Class<T> type, T target, TargetHandler handler) {
			InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
			return type.cast(Proxy.newProxyInstance(StatementLogConfig.class.getClassLoader(), new Class<?>[] { type },
					invocation));
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

		interface TargetHandler {

			Object handle(Object target, Method method, Object[] args) throws Throwable;

		}

	}

}
