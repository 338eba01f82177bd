/**
 * What the PDF and the HTML share: APT's section order and titles, the numbered reference list, the citation,
 * anchors, link rules and the wording of content warnings, so that both renderings say the same thing.
 */
package org.pressroom.worker.outline;
