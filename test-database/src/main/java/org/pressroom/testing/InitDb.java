package org.pressroom.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Creates a cluster in an empty data directory: UTF-8, the C.UTF-8 locale when the C
 * library has it (else no locale), trust over local sockets (none are opened) and MD5
 * passwords over TCP. MD5, not SCRAM: the JDBC driver spends SCRAM's 4,096 PBKDF2 rounds
 * on every connection, which was a third of the CPU of the app's test JVMs (JFR); the
 * password is checked either way.
 */
record InitDb(PgBinaries binaries, ServerUser serverUser, Duration timeout) {

	void run(Path dataDir, String user, String password, boolean durable) throws IOException {
		Path passwordFile = Files.createTempFile("pressroom-initdb", ".pw");
		try {
			// Stored as given when already hashed, so the superuser's is MD5 too.
			Files.writeString(passwordFile, md5Password(user, password) + "\n");
			this.serverUser.own(passwordFile);
			List<String> command = new ArrayList<>(List.of(this.binaries.initdb(), "-D", dataDir.toString(), "-U", user,
					"--auth-host=md5", "--auth-local=trust", "--pwfile=" + passwordFile, "-E", "UTF8"));
			if (!durable) {
				command.add("--no-sync");
			}
			Commands.Result withLocale = initdb(command, "--locale=C.UTF-8");
			if (!withLocale.succeeded()) {
				// initdb removed what it created, so the directory is empty again
				System.out.println("[embedded-postgres] initdb --locale=C.UTF-8 failed, retrying with --no-locale:\n"
						+ withLocale.output().strip());
				Commands.Result withoutLocale = initdb(command, "--no-locale");
				if (!withoutLocale.succeeded()) {
					throw new IllegalStateException("initdb failed for " + dataDir + ":\n" + withoutLocale.output());
				}
			}
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/**
	 * PostgreSQL's MD5 form of a password: {@code md5} and the hex MD5 of password and
	 * user name.
	 */
	static String md5Password(String user, String password) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			return "md5" + HexFormat.of().formatHex(md5.digest((password + user).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Commands.Result initdb(List<String> command, String locale) {
		List<String> withLocale = new ArrayList<>(command);
		withLocale.add(locale);
		return Commands.run(this.serverUser.command(withLocale), this.timeout);
	}

}
