package org.pressroom.core.dispatch;

import org.pressroom.core.document.VersionKey;

/** A version whose content changed at {@code revision} and has not been dispatched since. */
public record ChangeRequest(VersionKey key, long revision) {
}
