package org.pressroom.app.api;

import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.dispatch.ChangeState;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.serialization.SerializationRepository;
import org.springframework.stereotype.Component;

/**
 * Reads a version's {@link RenderingState}: the one place the API decides what is pending
 * and what is stale.
 */
@Component
class RenderingStates {

	private final ChangeRequestRepository changeRequests;

	private final SerializationRepository serializations;

	RenderingStates(ChangeRequestRepository changeRequests, SerializationRepository serializations) {
		this.changeRequests = changeRequests;
		this.serializations = serializations;
	}

	RenderingState of(VersionKey key) {
		ChangeState change = this.changeRequests.state(key);
		return new RenderingState(change.pending(), this.serializations.current(key),
				this.serializations.lastSucceeded(key), change.failure());
	}

}
