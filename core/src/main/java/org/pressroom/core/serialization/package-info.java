/**
 * The {@code pressroom.serialization} table: one row per (version, checksum) with its
 * state, errors, warnings, outputs and timings. The state machine is drawn in
 * docs/serialization-states.md.
 */
package org.pressroom.core.serialization;
