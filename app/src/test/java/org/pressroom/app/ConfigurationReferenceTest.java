package org.pressroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The README's configuration reference names every {@code pressroom.*} property of every
 * module on this classpath (app, core, worker, dashboard-config): a table row holding
 * {@code `prefix.} and {@code name`}, as in "`pressroom.storage.access-key`,
 * `secret-key`".
 */
class ConfigurationReferenceTest {

	@Test
	void readmeTableNamesEveryPressroomProperty() throws Exception {
		List<String> rows = Files.readAllLines(readme()).stream().filter((line) -> line.startsWith("|")).toList();

		List<String> properties = pressroomProperties();
		assertThat(properties).contains("pressroom.security.editor-tokens", "pressroom.dashboard.bind-address",
				"pressroom.render.aux-cache-versions");
		assertThat(properties).allSatisfy((property) -> {
			String prefix = property.substring(0, property.lastIndexOf('.') + 1);
			String name = property.substring(prefix.length());
			assertThat(rows).as(property)
				.anyMatch((row) -> (row.contains("`" + property + "`")
						|| row.contains("`" + prefix) && row.contains("`" + name + "`")));
		});
	}

	private static List<String> pressroomProperties() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<String> properties = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.pressroom")) {
			Class<?> type = Class.forName(candidate.getBeanClassName());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			Arrays.stream(type.getRecordComponents())
				.map((component) -> prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase())
				.forEach(properties::add);
		}
		return properties;
	}

	private static Path readme() throws IOException {
		Path module = Path.of("").toAbsolutePath();
		return Files.exists(module.resolve("README.md")) ? module.resolve("README.md")
				: module.getParent().resolve("README.md");
	}

}
