package org.pressroom.core.job;

import java.time.Clock;
import java.time.Instant;

import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.pressroom.core.output.GarbageProperties;
import org.pressroom.core.output.OutputGarbageCollector;
import org.pressroom.core.serialization.SerializationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OutputGarbageCollector} every {@code pressroom.gc.interval} on JobRunr's master worker, then prunes the
 * serialization rows nobody needs any more: superseded before the grace period, or whose outputs the collector
 * removed (issue #12: 1,000 edits at 20/s left 650 superseded rows for ever). A version's current and last successful
 * rows always stay. JobRunr deletes its own succeeded jobs after {@code jobrunr.jobs.delete-succeeded-jobs-after}.
 */
@Component
public class CollectGarbageHandler implements JobRequestHandler<CollectGarbageRequest> {

	private static final Logger log = LoggerFactory.getLogger(CollectGarbageHandler.class);

	private final OutputGarbageCollector collector;

	private final SerializationRepository serializations;

	private final GarbageProperties properties;

	private final Clock clock;

	public CollectGarbageHandler(OutputGarbageCollector collector, SerializationRepository serializations,
			GarbageProperties properties, Clock clock) {
		this.collector = collector;
		this.serializations = serializations;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(CollectGarbageRequest request) {
		collect(this.clock.instant());
	}

	/** Collects outputs and prunes rows as they stand at {@code now}; returns how many rows were pruned. */
	public int collect(Instant now) {
		this.collector.collect(now);
		if (this.properties.dryRun()) {
			return 0;
		}
		int pruned = this.serializations.prune(now.minus(this.properties.gracePeriod()));
		if (pruned > 0) {
			log.info("Pruned {} serialization rows of superseded or collected content", pruned);
		}
		return pruned;
	}

}
