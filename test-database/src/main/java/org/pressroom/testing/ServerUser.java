package org.pressroom.testing;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.sun.security.auth.module.UnixSystem;

/**
 * The OS user PostgreSQL runs as. PostgreSQL refuses to run as root, so under root (CI
 * containers, this project's sandbox) its commands go through {@code runuser} as
 * {@code postgres}, else {@code nobody}, and the files it writes are handed to that user
 * first. Otherwise it runs as the current user and nothing changes hands.
 */
final class ServerUser {

	private static final Duration CHOWN_TIMEOUT = Duration.ofSeconds(60);

	/** {@code null}: the current user. */
	private final String name;

	private ServerUser(String name) {
		this.name = name;
	}

	static ServerUser detect() {
		if (new UnixSystem().getUid() != 0) {
			return new ServerUser(null);
		}
		return new ServerUser(exists("postgres") ? "postgres" : "nobody");
	}

	boolean switches() {
		return this.name != null;
	}

	List<String> command(List<String> command) {
		if (!switches()) {
			return command;
		}
		List<String> switched = new ArrayList<>(List.of("runuser", "-u", this.name, "--"));
		switched.addAll(command);
		return switched;
	}

	/**
	 * chown -R to the server user (and its login group); a no-op when not switching
	 * users.
	 */
	void own(Path path) {
		if (switches()) {
			Commands.check(List.of("chown", "-R", this.name + ":", path.toString()), CHOWN_TIMEOUT);
		}
	}

	/**
	 * Lets the server user reach {@code dir}: adds o+x to every ancestor that lacks it
	 * (JUnit's 0700 temp dirs).
	 */
	void makeTraversable(Path dir) throws IOException {
		if (!switches()) {
			return;
		}
		for (Path current = dir.toAbsolutePath(); current != null; current = current.getParent()) {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(current);
			if (permissions.add(PosixFilePermission.OTHERS_EXECUTE)) {
				Files.setPosixFilePermissions(current, permissions);
				System.out.println("[embedded-postgres] chmod o+x " + current + " so that " + this.name
						+ " can reach its data directory");
			}
		}
	}

	private static boolean exists(String user) {
		try {
			FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(user);
			return true;
		}
		catch (UserPrincipalNotFoundException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not look up user " + user, ex);
		}
	}

	@Override
	public String toString() {
		return switches() ? this.name : System.getProperty("user.name");
	}

}
