package org.pressroom.app.deployment;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's docker-compose.yml as data, so that tests run the services it
 * describes without Docker: their environment (anchors and merge keys resolved,
 * {@code ${VAR:-default}} and {@code ${VAR:?message}} taken from {@code variables}) and
 * the URL their health check probes.
 */
final class ComposeFile {

	static final Path PATH = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+)(?::([-?])([^}]*))?}");

	private static final Pattern HTTP_URL = Pattern.compile("^http://localhost:\\d+/\\S*$");

	private final Map<String, Object> services;

	private final Map<String, String> variables;

	private ComposeFile(Map<String, Object> services, Map<String, String> variables) {
		this.services = services;
		this.variables = variables;
	}

	@SuppressWarnings("unchecked")
	static ComposeFile load(Map<String, String> variables) {
		try (Reader reader = Files.newBufferedReader(PATH)) {
			Map<String, Object> root = new Yaml(new LoaderOptions()).load(reader);
			return new ComposeFile((Map<String, Object>) root.get("services"), variables);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + PATH, ex);
		}
	}

	/** The service's environment as its container would see it. */
	Map<String, String> environment(String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		map(map(this.services, service), "environment")
			.forEach((name, value) -> environment.put(name, interpolate(String.valueOf(value))));
		return environment;
	}

	/**
	 * The URL of the service's {@code curl} health check, with localhost's port as the
	 * container's.
	 */
	URI healthcheckUrl(String service) {
		List<?> test = (List<?>) map(map(this.services, service), "healthcheck").get("test");
		return test.stream()
			.map(String::valueOf)
			.filter((argument) -> HTTP_URL.matcher(argument).matches())
			.map(URI::create)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(service + "'s health check probes no URL: " + test));
	}

	private String interpolate(String value) {
		Matcher matcher = VARIABLE.matcher(value);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String given = this.variables.get(matcher.group(1));
			String replacement;
			if (given != null && !given.isEmpty()) {
				replacement = given;
			}
			else if ("-".equals(matcher.group(2))) {
				replacement = matcher.group(3);
			}
			else {
				throw new IllegalStateException(matcher.group(1) + " is required by " + PATH);
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		Object child = parent.get(key);
		if (!(child instanceof Map)) {
			throw new IllegalStateException(PATH + " has no mapping " + key);
		}
		return (Map<String, Object>) child;
	}

}
