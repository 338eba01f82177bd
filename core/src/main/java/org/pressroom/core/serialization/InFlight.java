package org.pressroom.core.serialization;

/**
 * Serializations in JobRunr's hands: admitted and not finished (enqueued, or running on a
 * worker).
 *
 * @param total all of them
 * @param bulk those of bulk priority
 */
public record InFlight(int total, int bulk) {
}
