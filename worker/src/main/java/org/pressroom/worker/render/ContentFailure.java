package org.pressroom.worker.render;

/**
 * The version's content cannot be rendered, for a reason an editor can fix (not the
 * infrastructure's): the serialization ends failed with this message and is not retried.
 */
class ContentFailure extends RuntimeException {

	ContentFailure(String message) {
		super(message);
	}

}
