package org.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server started from the machine's binaries ({@link PgBinaries}),
 * listening on 127.0.0.1 only, with the data directory {@code dataDir} and its log beside
 * it in {@code dataDir.log}. Port 0 lets it choose a free port: PostgreSQL takes a
 * number, not a socket, so a port found free is tried, and another one when the server
 * could not bind it because something took it in between. An empty data directory is
 * initialised first ({@code user} becomes the superuser, password login over TCP; without
 * fsync, a copy of a cluster initialised before, {@link InitialisedClusters}); a server
 * still running on it from an earlier, killed JVM is stopped first. Non-durable servers
 * skip fsync, which roughly halves start and test times and loses data only on an OS
 * crash. A shutdown hook stops the server with the JVM.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	/**
	 * Ports tried for port 0 before giving up; a port taken between probe and bind is
	 * rare.
	 */
	private static final int PORT_ATTEMPTS = 5;

	private final Path dataDir;

	private int port;

	private final String user;

	private final String password;

	private final String database;

	private final PgBinaries binaries = PgBinaries.find();

	private final ServerUser serverUser = ServerUser.detect();

	private final Thread shutdownHook = new Thread(this::close, "embedded-postgres-stop");

	private boolean closed;

	private EmbeddedPostgres(Path dataDir, int port, String user, String password, String database) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.port = port;
		this.user = user;
		this.password = password;
		this.database = database;
	}

	/**
	 * Starts a server on {@code dataDir}, initialising it when empty.
	 * @param port the port to listen on; 0 for a free one, which {@link #port()} then
	 * tells
	 */
	public static EmbeddedPostgres start(Path dataDir, int port, String user, String password, String database,
			boolean durable) throws IOException, SQLException {
		EmbeddedPostgres postgres = new EmbeddedPostgres(dataDir, port, user, password, database);
		long started = System.nanoTime();
		postgres.prepareDirectories();
		if (!Files.exists(postgres.dataDir.resolve("PG_VERSION")) && durable) {
			new InitDb(postgres.binaries, postgres.serverUser, TIMEOUT).run(postgres.dataDir, user, password, true);
		}
		else if (!Files.exists(postgres.dataDir.resolve("PG_VERSION"))) {
			new InitialisedClusters(postgres.binaries, postgres.serverUser).initialise(postgres.dataDir, user,
					password);
		}
		postgres.stopLeftoverServer();
		if (port == 0) {
			postgres.startOnAFreePort(durable);
		}
		else {
			postgres.startServer(durable);
		}
		Runtime.getRuntime().addShutdownHook(postgres.shutdownHook);
		try {
			postgres.createDatabaseIfMissing();
		}
		catch (SQLException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		System.out.printf("[embedded-postgres] %s on 127.0.0.1:%d ready in %d ms (data %s, %s, user %s)%n",
				postgres.database, postgres.port, (System.nanoTime() - started) / 1_000_000, postgres.dataDir,
				durable ? "durable" : "fsync off", postgres.serverUser);
		return postgres;
	}

	/**
	 * A port nobody listened on a moment ago. Someone may take it before it is bound:
	 * servers should bind port 0 and tell the port they got ({@link #start} with port 0
	 * does that for PostgreSQL).
	 * @deprecated start servers on port 0 and read their port back
	 */
	@Deprecated
	public static int freePort() {
		return probeFreePort();
	}

	public String jdbcUrl() {
		return jdbcUrl(this.database);
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

	public int port() {
		return this.port;
	}

	public String database() {
		return this.database;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Stops the server ({@code pg_ctl stop -m fast}); safe to call twice and from the
	 * shutdown hook.
	 */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: this is the hook
		}
		Commands.Result result = pgCtl("-m", "fast", "-w", "stop");
		System.out.printf("[embedded-postgres] 127.0.0.1:%d %s%n", this.port,
				result.succeeded() ? "stopped" : "was not running: " + result.output().strip());
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	private void prepareDirectories() throws IOException {
		Path parent = this.dataDir.getParent();
		boolean newParent = !Files.exists(parent);
		Files.createDirectories(this.dataDir);
		Path log = logFile();
		if (!Files.exists(log)) {
			Files.createFile(log);
		}
		this.serverUser.own(newParent ? parent : this.dataDir);
		this.serverUser.own(log);
		this.serverUser.makeTraversable(parent);
	}

	private Path logFile() {
		return this.dataDir.resolveSibling(this.dataDir.getFileName() + ".log");
	}

	private void stopLeftoverServer() {
		if (Files.exists(this.dataDir.resolve("postmaster.pid")) && pgCtl("status").succeeded()) {
			System.out.println("[embedded-postgres] stopping a server left running on " + this.dataDir);
			Commands.check(this.serverUser.command(pgCtlCommand("-m", "fast", "-w", "stop")), TIMEOUT);
		}
	}

	private void startOnAFreePort(boolean durable) throws IOException {
		for (int attempt = 1;; attempt++) {
			this.port = probeFreePort();
			long logSize = Files.size(logFile());
			try {
				startServer(durable);
				return;
			}
			catch (IllegalStateException ex) {
				if (attempt == PORT_ATTEMPTS || !logSince(logSize).contains("could not bind")) {
					throw ex;
				}
				System.out.println("[embedded-postgres] port " + this.port + " was taken meanwhile, trying another");
			}
		}
	}

	private static int probeFreePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String logSince(long offset) throws IOException {
		byte[] log = Files.readAllBytes(logFile());
		return new String(log, (int) Math.min(offset, log.length), (int) Math.max(0, log.length - offset),
				StandardCharsets.UTF_8);
	}

	private void startServer(boolean durable) throws IOException {
		// Roles created later get MD5 passwords too, as the cluster's (InitDb says why).
		String options = "-p " + this.port
				+ " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c password_encryption=md5";
		if (!durable) {
			options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
		}
		Commands.Result result = pgCtl("-l", logFile().toString(), "-w", "-t", "60", "-o", options, "start");
		if (!result.succeeded()) {
			List<String> log = Files.readAllLines(logFile());
			throw new IllegalStateException("PostgreSQL did not start on port " + this.port + ": " + result.output()
					+ "\nLast lines of " + logFile() + ":\n"
					+ String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size())));
		}
	}

	private void createDatabaseIfMissing() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.user, this.password);
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, this.database);
			if (exists.executeQuery().next()) {
				return;
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + this.database.replace("\"", "\"\"") + "\"");
			}
		}
	}

	private Commands.Result pgCtl(String... arguments) {
		return Commands.run(this.serverUser.command(pgCtlCommand(arguments)), TIMEOUT);
	}

	private List<String> pgCtlCommand(String... arguments) {
		List<String> command = new ArrayList<>(List.of(this.binaries.pgCtl(), "-D", this.dataDir.toString()));
		command.addAll(List.of(arguments));
		return command;
	}

}
