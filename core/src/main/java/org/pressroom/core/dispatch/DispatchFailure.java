package org.pressroom.core.dispatch;

/**
 * Why the last dispatch of a version's pending change failed, as the status API shows it.
 *
 * @param error the reason
 * @param isFinal the content is at fault (final until the version changes again);
 * otherwise the dispatcher retries
 */
public record DispatchFailure(String error, boolean isFinal) {
}
