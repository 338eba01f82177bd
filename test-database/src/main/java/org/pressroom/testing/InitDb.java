package org.pressroom.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a cluster in an empty data directory: UTF-8, the C.UTF-8 locale when the C
 * library has it (else no locale), trust over local sockets (none are opened) and SCRAM
 * passwords over TCP.
 */
record InitDb(PgBinaries binaries, ServerUser serverUser, Duration timeout) {

	void run(Path dataDir, String user, String password, boolean durable) throws IOException {
		Path passwordFile = Files.createTempFile("pressroom-initdb", ".pw");
		try {
			Files.writeString(passwordFile, password + "\n");
			this.serverUser.own(passwordFile);
			List<String> command = new ArrayList<>(List.of(this.binaries.initdb(), "-D", dataDir.toString(), "-U", user,
					"--auth-host=scram-sha-256", "--auth-local=trust", "--pwfile=" + passwordFile, "-E", "UTF8"));
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

	private Commands.Result initdb(List<String> command, String locale) {
		List<String> withLocale = new ArrayList<>(command);
		withLocale.add(locale);
		return Commands.run(this.serverUser.command(withLocale), this.timeout);
	}

}
