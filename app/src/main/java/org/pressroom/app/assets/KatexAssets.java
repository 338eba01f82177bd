package org.pressroom.app.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves KaTeX's dist folder (script, style sheet, fonts) from its webjar at
 * /assets/katex/, where every HTML page links it (the worker's {@code HtmlWriter.KATEX};
 * the app does not depend on the worker, so the path is repeated here and the browser
 * test holds the two together). The webjar's folder carries its version, which is read
 * from the jar itself, so that the version pinned in the parent pom is the only one to
 * change.
 */
@Configuration(proxyBeanMethods = false)
class KatexAssets implements WebMvcConfigurer {

	static final String PATH = "/assets/katex/";

	private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars.npm/katex/pom.properties";

	/** Pages link KaTeX without its version, so browsers may keep it only a while. */
	private static final Duration CACHE = Duration.ofHours(1);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PATH + "**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/katex/" + version() + "/dist/")
			.setCacheControl(CacheControl.maxAge(CACHE).cachePublic());
	}

	static String version() {
		try (InputStream in = KatexAssets.class.getResourceAsStream(POM_PROPERTIES)) {
			if (in == null) {
				throw new IllegalStateException("KaTeX's webjar is missing from the classpath: " + POM_PROPERTIES);
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
