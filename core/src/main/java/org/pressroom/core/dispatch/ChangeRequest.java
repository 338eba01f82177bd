package org.pressroom.core.dispatch;

import java.time.Instant;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.Priority;

/**
 * A version whose content changed at {@code revision} (last at {@code changedAt}) and has
 * not been dispatched since; {@code priority} says whether the statement that changed it
 * looked like an editor's save, and {@code dispatchAttempts} how often dispatching it
 * failed already.
 */
public record ChangeRequest(VersionKey key, long revision, Instant changedAt, Priority priority, int dispatchAttempts) {
}
