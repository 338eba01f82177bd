package org.pressroom.app.assets;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves what every HTML page links besides KaTeX at /assets/pressroom/: its style sheet
 * ({@code document.css}) and the script that typesets its equations
 * ({@code typeset-math.js}). Pages carry no inline style or script, so that their
 * Content-Security-Policy allows only files the app serves; the worker's HTML writer
 * links these paths and the browser test holds the two together.
 */
@Configuration(proxyBeanMethods = false)
class PageAssets implements WebMvcConfigurer {

	static final String PATH = "/assets/pressroom/";

	/** Pages link these without a version, so browsers may keep them only a while. */
	private static final Duration CACHE = Duration.ofHours(1);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PATH + "**")
			.addResourceLocations("classpath:/static" + PATH)
			.setCacheControl(CacheControl.maxAge(CACHE).cachePublic());
	}

}
