/**
 * What the rendered HTML pages link besides themselves, served by the app so that a reader's browser fetches
 * nothing from elsewhere: KaTeX, which typesets their equations.
 */
package org.pressroom.app.assets;
