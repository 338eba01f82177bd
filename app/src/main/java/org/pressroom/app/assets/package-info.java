/**
 * What the rendered HTML pages link besides themselves, served by the app so that a
 * reader's browser fetches nothing from elsewhere: KaTeX, which typesets their equations,
 * and the pages' own style sheet and typesetting script (the pages hold no inline script
 * or style: their Content-Security-Policy allows only these).
 */
package org.pressroom.app.assets;
