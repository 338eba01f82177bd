package org.pressroom.app.api;

import java.util.Optional;

import org.pressroom.core.dispatch.DispatchFailure;
import org.pressroom.core.serialization.Serialization;
import org.pressroom.core.serialization.SerializationState;

/**
 * Where a version's rendering stands, as both the status and the downloads report it.
 *
 * @param changePending an edit was committed and not dispatched yet
 * @param current the serialization of the newest dispatched content
 * @param served the newest serialization that succeeded: what readers get
 * @param dispatchFailure why the newest change could not be dispatched, if it could not
 * (issue #12)
 */
record RenderingState(boolean changePending, Optional<Serialization> current, Optional<Serialization> served,
		Optional<DispatchFailure> dispatchFailure) {

	/**
	 * Whether readers get older content than the version holds: an edit waits, or the
	 * newest content is queued, running or failed (a superseded row is on its way out and
	 * says nothing).
	 */
	boolean servedIsStale() {
		if (this.changePending || this.dispatchFailure.map(DispatchFailure::isFinal).orElse(false)) {
			return true;
		}
		return this.current.isPresent() && this.served.isPresent()
				&& !this.current.get().checksum().equals(this.served.get().checksum())
				&& this.current.get().state() != SerializationState.SUPERSEDED;
	}

}
