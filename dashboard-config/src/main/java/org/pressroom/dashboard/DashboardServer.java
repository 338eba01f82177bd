package org.pressroom.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpServer;
import org.jobrunr.dashboard.JobRunrApiHandler;
import org.jobrunr.dashboard.JobRunrDashboardWebServer;
import org.jobrunr.dashboard.JobRunrSseHandler;
import org.jobrunr.dashboard.JobRunrStaticFileHandler;
import org.jobrunr.dashboard.server.HttpExchangeHandler;
import org.jobrunr.dashboard.server.http.RedirectHttpHandler;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.ThreadSafeStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobRunr's dashboard with JobRunr's own handlers, on a chosen interface. JobRunr 8.7
 * binds every interface ({@code new InetSocketAddress(port)} in its {@code WebServer});
 * this binds {@code pressroom.dashboard.bind-address}. It also compares basic-auth
 * credentials in constant time (JobRunr uses {@code equals}), refuses other sites' pages
 * and host names ({@link SameOriginFilter}) and never reports anonymous usage data,
 * whatever {@code jobrunr.miscellaneous.allow-anonymous-data-usage} says.
 */
final class DashboardServer extends JobRunrDashboardWebServer {

	private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);

	private final StorageProvider storage;

	private final JsonMapper json;

	private final InetSocketAddress address;

	private final BasicAuthenticator authenticator;

	private final SameOriginFilter sameOrigin;

	private HttpServer server;

	private ExecutorService executor;

	private List<HttpExchangeHandler> handlers = List.of();

	DashboardServer(StorageProvider storage, JsonMapper json, InetSocketAddress address, String username,
			String password, List<String> allowedHosts) {
		super(storage, json, address.getPort());
		this.storage = new ThreadSafeStorageProvider(storage);
		this.json = json;
		this.address = address;
		this.authenticator = (username == null || username.isEmpty() || password == null || password.isEmpty()) ? null
				: new ConstantTimeBasicAuthenticator(username, password);
		this.sameOrigin = new SameOriginFilter(allowedHosts);
	}

	@Override
	public synchronized void start() {
		try {
			this.server = HttpServer.create(this.address, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The JobRunr dashboard cannot listen on " + this.address, ex);
		}
		// Like JobRunr's WebServer: handler threads get this thread's class loader, which
		// finds the static files.
		ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
		this.executor = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "jobrunr-dashboard");
			thread.setContextClassLoader(classLoader);
			thread.setDaemon(true);
			return thread;
		});
		this.server.setExecutor(this.executor);
		RedirectHttpHandler redirect = new RedirectHttpHandler("/", "/dashboard");
		this.server.createContext(redirect.getContextPath(), redirect).getFilters().add(this.sameOrigin);
		this.handlers = List.of(redirect, new JobRunrStaticFileHandler(),
				new JobRunrApiHandler(this.storage, this.json, false), new JobRunrSseHandler(this.storage, this.json));
		for (HttpExchangeHandler handler : this.handlers.subList(1, this.handlers.size())) {
			var context = this.server.createContext(handler.getContextPath(), handler);
			context.getFilters().add(this.sameOrigin);
			if (this.authenticator != null) {
				context.setAuthenticator(this.authenticator);
			}
		}
		this.server.start();
		log.info("JobRunr dashboard listening on http://{}:{}/dashboard", this.address.getHostString(), port());
	}

	/** The port it listens on; the actual one when configured with 0. */
	synchronized int port() {
		return this.server.getAddress().getPort();
	}

	/** Where it listens, while started. */
	synchronized InetSocketAddress boundAddress() {
		return this.server.getAddress();
	}

	@Override
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.handlers.forEach(HttpExchangeHandler::close);
		this.server.stop(0);
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.server = null;
	}

	private static final class ConstantTimeBasicAuthenticator extends BasicAuthenticator {

		private final byte[] username;

		private final byte[] password;

		ConstantTimeBasicAuthenticator(String username, String password) {
			super("JobRunr");
			this.username = sha256(username);
			this.password = sha256(password);
		}

		@Override
		public boolean checkCredentials(String username, String password) {
			// Both compared, always: the time taken does not tell which one was wrong.
			return MessageDigest.isEqual(this.username, sha256(username))
					& MessageDigest.isEqual(this.password, sha256(password));
		}

		private static byte[] sha256(String value) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
