/**
 * The document model to one HTML page, built through jsoup's DOM so that every text is
 * escaped and no database string is ever parsed as markup; same sections, order and
 * anchors as the PDF. The page links its stylesheet and scripts from the app (no inline
 * script or style, for the Content-Security-Policy); KaTeX typesets the equations the
 * allow-list accepted in the reader's browser.
 */
package org.pressroom.worker.html;
