package org.pressroom.app.api;

import java.time.Clock;

import org.pressroom.core.dispatch.ChangeRequestRepository;
import org.pressroom.core.dispatch.RenderWorkerRepository;
import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.serialization.SerializationRepository;
import org.pressroom.core.serialization.SerializationState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forces a re-render unless one is already on its way. Requests that arrive while an
 * earlier change of the version is pending, queued or rendering on a live worker join
 * that render instead of starting another: it renders the same content, so a burst of
 * clicks (or retries of one) renders once. A row left running by a worker that is gone is
 * not on its way: the request starts a new attempt (issue #12). A version advisory lock
 * makes concurrent requests take turns. The forced re-render is one version, one
 * statement: interactive work, ahead of bulk.
 */
@Component
class RerenderTrigger {

	private final VersionRepository versions;

	private final ChangeRequestRepository changeRequests;

	private final SerializationRepository serializations;

	private final RenderWorkerRepository workers;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RerenderTrigger(VersionRepository versions, ChangeRequestRepository changeRequests,
			SerializationRepository serializations, RenderWorkerRepository workers,
			PlatformTransactionManager transactions, Clock clock) {
		this.versions = versions;
		this.changeRequests = changeRequests;
		this.serializations = serializations;
		this.workers = workers;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Returns whether this request started a render (false: it joined one already on its
	 * way).
	 */
	boolean request(VersionKey key) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.versions.lock(key) || renderOnItsWay(key)) {
				return false;
			}
			return this.versions.requestRerender(key, this.clock.instant());
		}));
	}

	private boolean renderOnItsWay(VersionKey key) {
		return this.changeRequests.isPending(key) || this.serializations.current(key)
			.map((row) -> row.state() == SerializationState.QUEUED || (row.state() == SerializationState.RUNNING
					&& row.workerId() != null && this.workers.isAlive(row.workerId())))
			.orElse(false);
	}

}
