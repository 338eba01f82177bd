package org.pressroom.worker.latex;

/**
 * A box TeX set wider than its column ("Overfull \hbox (12.3pt too wide) in paragraph at
 * lines 100--105"): text that runs past the edge.
 *
 * @param points how far it runs past
 * @param line the last source line of the paragraph or alignment, where TeX detected it
 */
public record Overfull(double points, int line) {
}
