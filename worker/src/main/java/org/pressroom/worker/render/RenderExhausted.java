package org.pressroom.worker.render;

/**
 * A render ran out of time (the whole-render deadline, or pdflatex's) or of heap. Once
 * may be an overloaded worker, so it is retried like an infrastructure failure; after
 * {@code pressroom.admission.timeout-attempts} it is the document's, and final (issue
 * #12).
 */
class RenderExhausted extends RuntimeException {

	RenderExhausted(String message) {
		super(message);
	}

}
