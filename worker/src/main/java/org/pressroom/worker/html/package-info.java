/**
 * Document JSON to one self-contained HTML page, built with jsoup's element API so that every text is escaped;
 * same sections, order and anchors as the PDF. Equations pass the PDF's allow-list, then KaTeX, which the app
 * serves, typesets them in the browser.
 */
package org.pressroom.worker.html;
