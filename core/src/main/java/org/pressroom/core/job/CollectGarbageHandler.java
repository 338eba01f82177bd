package org.pressroom.core.job;

import java.time.Clock;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.pressroom.core.output.OutputGarbageCollector;
import org.springframework.stereotype.Component;

/** Runs {@link OutputGarbageCollector} every {@code pressroom.gc.interval} on JobRunr's master worker. */
@Component
public class CollectGarbageHandler implements JobRequestHandler<CollectGarbageRequest> {

	private final OutputGarbageCollector collector;

	private final Clock clock;

	public CollectGarbageHandler(OutputGarbageCollector collector, Clock clock) {
		this.collector = collector;
		this.clock = clock;
	}

	@Override
	public void run(CollectGarbageRequest request) {
		this.collector.collect(this.clock.instant());
	}

}
