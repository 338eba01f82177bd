package org.pressroom.app.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.pressroom.core.serialization.RenderError;

/**
 * What an editor sees about a version's rendering.
 *
 * @param state the current content's state: {@code pending} (a change is not dispatched
 * yet), {@code queued}, {@code running}, {@code succeeded}, {@code failed} or
 * {@code superseded}
 * @param checksum the current content's checksum, null while pending
 * @param changePending whether an edit was committed that is not reflected in
 * {@code checksum} yet
 * @param served the checksum readers get from the pdf and html links, null if none ever
 * succeeded
 * @param timings milliseconds per stage (images, tex, pdf, html, upload, total)
 * @param links the outputs and this status
 */
record SerializationStatus(int atbdId, int major, String state, String checksum, boolean changePending,
		Instant computedAt, Instant startedAt, Instant finishedAt, int attempts, String error, List<RenderError> errors,
		List<String> warnings, Map<String, Long> timings, String served, Map<String, String> links) {
}
