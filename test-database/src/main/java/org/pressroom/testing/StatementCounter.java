package org.pressroom.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Counts, on the thread that asked for it, the SQL statements sent through the context's
 * DataSource and the calls made on its S3 client: what one backlog scan costs. Other
 * threads (JobRunr's, the pool's) are not counted.
 */
public final class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<Counts> COUNTING = new ThreadLocal<>();

	public record Counts(AtomicInteger statements, AtomicInteger s3Calls) {

		public int statementCount() {
			return this.statements.get();
		}

		public int s3CallCount() {
			return this.s3Calls.get();
		}

	}

	/** Starts counting on this thread; the counts grow until {@link #stop()}. */
	public static Counts start() {
		Counts counts = new Counts(new AtomicInteger(), new AtomicInteger());
		COUNTING.set(counts);
		return counts;
	}

	public static void stop() {
		COUNTING.remove();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (method) -> {
			}, (result) -> (result instanceof Connection connection) ? proxy(Connection.class, connection, (inner) -> {
				if (STATEMENTS.contains(inner.getName()) && COUNTING.get() != null) {
					COUNTING.get().statements().incrementAndGet();
				}
			}, (value) -> value) : result);
		}
		if (bean instanceof S3Client s3) {
			return proxy(S3Client.class, s3, (method) -> {
				if (COUNTING.get() != null && !method.getName().equals("close")
						&& !method.getName().equals("serviceName")) {
					COUNTING.get().s3Calls().incrementAndGet();
				}
			}, (result) -> result);
		}
		return bean;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Consumer<Method> before, UnaryOperator<Object> after) {
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, arguments) -> {
					if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
						return method.invoke(target, arguments);
					}
					before.accept(method);
					try {
						return after.apply(method.invoke(target, arguments));
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
