package org.pressroom.app.html;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Content-Security-Policy violations a page reports ({@code securitypolicyviolation}
 * events), collected by a listener installed before any of the page's own scripts run
 * (DevTools' {@code addScriptToEvaluateOnNewDocument}, which the page's policy does not
 * govern).
 */
final class PolicyViolations {

	private static final String LISTENER = """
			window.__pressroomViolations = [];
			document.addEventListener('securitypolicyviolation', (e) => window.__pressroomViolations.push(
			    e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':'
			    + e.lineNumber + ' sample ' + e.sample), true);
			""";

	private final ChromeDriver browser;

	private PolicyViolations(ChromeDriver browser) {
		this.browser = browser;
	}

	/** Watches every page the browser opens from now on. */
	static PolicyViolations watch(ChromeDriver browser) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
		return new PolicyViolations(browser);
	}

	/**
	 * One line per violation so far on the current page: directive, what was blocked,
	 * where, and a sample.
	 */
	@SuppressWarnings("unchecked")
	List<String> reported() {
		return (List<String>) this.browser.executeScript("return window.__pressroomViolations || []");
	}

}
