package org.pressroom.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Fresh clusters for servers without fsync, copied from one that initdb made once per
 * machine, user and password (in {@code pressroom-pg-clusters/} of the temp folder):
 * initdb takes one to four seconds, a copy a fraction of that, and a build starts over a
 * dozen test servers. The copy is made whole under another name and renamed into place,
 * so a cluster there is always complete. Durable servers (the local run) always run
 * initdb of their own.
 */
final class InitialisedClusters {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	/**
	 * How the clusters here check passwords, in their key: one made before a change is
	 * not taken for one made after it.
	 */
	private static final String AUTHENTICATION = "md5";

	private final PgBinaries binaries;

	private final ServerUser serverUser;

	private final Path root;

	InitialisedClusters(PgBinaries binaries, ServerUser serverUser) {
		this(binaries, serverUser, Path.of(System.getProperty("java.io.tmpdir"), "pressroom-pg-clusters"));
	}

	InitialisedClusters(PgBinaries binaries, ServerUser serverUser, Path root) {
		this.binaries = binaries;
		this.serverUser = serverUser;
		this.root = root;
	}

	/**
	 * Fills the empty {@code dataDir} (owned by the server user) with a cluster whose
	 * superuser is {@code user}.
	 */
	void initialise(Path dataDir, String user, String password) throws IOException {
		Path cluster = this.root.resolve(key(user, password));
		if (!Files.exists(cluster.resolve("PG_VERSION"))) {
			create(cluster, user, password);
		}
		Commands.check(List.of("cp", "-a", cluster + "/.", dataDir.toString()), TIMEOUT);
		this.serverUser.own(dataDir);
	}

	private void create(Path cluster, String user, String password) throws IOException {
		Files.createDirectories(this.root);
		this.serverUser.makeTraversable(this.root);
		Path partial = this.root.resolve(cluster.getFileName() + ".partial-" + UUID.randomUUID());
		Files.createDirectories(partial);
		this.serverUser.own(partial);
		try {
			new InitDb(this.binaries, this.serverUser, TIMEOUT).run(partial, user, password, false);
			Files.move(partial, cluster, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
			// another JVM made it meanwhile: theirs is as good
		}
		catch (IOException ex) {
			if (!Files.exists(cluster.resolve("PG_VERSION"))) {
				throw ex;
			}
		}
		finally {
			if (Files.exists(partial)) {
				Commands.run(List.of("rm", "-rf", partial.toString()), TIMEOUT);
			}
		}
	}

	/**
	 * One cluster per server binaries, authentication, superuser and password (only its
	 * hash in the name).
	 */
	private String key(String user, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(this.binaries.dir().toString().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(AUTHENTICATION.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(user.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
