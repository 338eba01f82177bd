/**
 * The render job: re-read the version, skip what is superseded or already done, render
 * document JSON, LaTeX, PDF and HTML in a private job folder, upload the outputs and
 * status.json last, and record the outcome.
 */
package org.pressroom.worker.render;
