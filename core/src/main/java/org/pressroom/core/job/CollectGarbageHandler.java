package org.pressroom.core.job;

import java.time.Clock;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.springframework.stereotype.Component;

/**
 * The class JobRunr names in every garbage collection job; it hands the run to
 * {@link GarbageCollectionWork}.
 */
@Component
public class CollectGarbageHandler implements JobRequestHandler<CollectGarbageRequest> {

	private final GarbageCollectionWork work;

	private final Clock clock;

	public CollectGarbageHandler(GarbageCollectionWork work, Clock clock) {
		this.work = work;
		this.clock = clock;
	}

	@Override
	public void run(CollectGarbageRequest request) {
		this.work.collectGarbage(this.clock.instant());
	}

}
