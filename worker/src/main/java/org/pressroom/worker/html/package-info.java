/**
 * Document JSON to one self-contained HTML page, built with jsoup's element API so that every text is escaped;
 * same sections, order and anchors as the PDF. Equations stay LaTeX text for the browser to typeset.
 */
package org.pressroom.worker.html;
