package org.pressroom.core.dispatch;

import java.util.Optional;

/**
 * A version's change request as the status API reads it, in one query.
 *
 * @param pending an edit was committed and not dispatched yet
 * @param failure why dispatching the newest change failed, if it did
 */
public record ChangeState(boolean pending, Optional<DispatchFailure> failure) {

	/** A version without a change request: nothing pending, nothing failed. */
	public static final ChangeState NONE = new ChangeState(false, Optional.empty());

}
