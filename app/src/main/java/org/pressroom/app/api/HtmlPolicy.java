package org.pressroom.app.api;

/**
 * The Content-Security-Policy of every served HTML page. A page runs only scripts the app
 * serves ({@code /assets/}: KaTeX and the page's typesetting script) and styles from
 * there too; no inline script, handler, style or {@code javascript:} URL, so markup that
 * slipped into a document could not run even if it reached the page. Images are data:
 * URIs or the app's own; nothing is fetched, framed or submitted anywhere; no page may
 * frame it (APT's UI links the HTML, it does not frame it). A browser that meets a
 * refused construct reports a {@code securitypolicyviolation} event, which
 * {@code HtmlInBrowserIT} fails on.
 */
final class HtmlPolicy {

	static final String HEADER = "Content-Security-Policy";

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; "
			+ "frame-ancestors 'none'";

	private HtmlPolicy() {
	}

}
