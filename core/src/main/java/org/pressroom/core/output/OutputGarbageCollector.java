package org.pressroom.core.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.pressroom.core.job.GarbageCollectionWork;
import org.pressroom.core.serialization.SerializationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes outputs that no reader can be served any more. It never deletes, for any
 * version, the outputs of its current checksum or of its last successful one (what
 * readers get, so the current output of every PUBLISHED version stays), nor any output
 * written within the grace period ({@code pressroom.gc.grace-period}, 24 h by default),
 * so a render still uploading is safe. Everything else under {@code atbds/} goes:
 * superseded, failed and replaced checksums, and the outputs of deleted versions.
 * Deleting is idempotent, so several nodes may collect at once. Prometheus counts the
 * deleted output sets as {@code pressroom_gc_deleted_total}. Run every
 * {@code pressroom.gc.interval} on JobRunr's master worker, it then prunes the
 * serialization rows nobody needs any more: superseded before the grace period, or whose
 * outputs it removed (issue #12: 1,000 edits at 20/s left 650 superseded rows for ever).
 * A version's current and last successful rows always stay. JobRunr deletes its own
 * succeeded jobs after {@code jobrunr.jobs.delete-succeeded-jobs-after}.
 */
@Component
public class OutputGarbageCollector implements GarbageCollectionWork {

	private static final Logger log = LoggerFactory.getLogger(OutputGarbageCollector.class);

	private final OutputStore store;

	private final SerializationRepository serializations;

	private final GarbageProperties properties;

	private final Counter deleted;

	public OutputGarbageCollector(OutputStore store, SerializationRepository serializations,
			GarbageProperties properties, MeterRegistry meters) {
		this.store = store;
		this.serializations = serializations;
		this.properties = properties;
		this.deleted = Counter.builder("pressroom.gc.deleted")
			.description("Output sets (one checksum folder each) the garbage collector deleted")
			.register(meters);
	}

	/** Collects outputs and prunes rows as they stand at {@code now}. */
	@Override
	public void collectGarbage(Instant now) {
		collect(now);
		if (this.properties.dryRun()) {
			return;
		}
		int pruned = this.serializations.prune(now.minus(this.properties.gracePeriod()));
		if (pruned > 0) {
			log.info("Pruned {} serialization rows of superseded or collected content", pruned);
		}
	}

	/**
	 * Collects the outputs that were garbage at {@code now}.
	 * @return the checksum prefixes deleted, or that would be in dry-run mode
	 */
	public List<String> collect(Instant now) {
		Instant cutoff = now.minus(this.properties.gracePeriod());
		Set<String> kept = this.serializations.keptOutputPrefixes();
		List<String> collected = new ArrayList<>();
		for (Map.Entry<String, Instant> prefix : this.store.checksumPrefixes().entrySet()) {
			if (kept.contains(prefix.getKey()) || prefix.getValue().isAfter(cutoff)) {
				continue;
			}
			collected.add(prefix.getKey());
			if (!this.properties.dryRun()) {
				this.store.deletePrefix(prefix.getKey());
				this.serializations.markCollected(prefix.getKey(), now);
				this.deleted.increment();
			}
		}
		if (!collected.isEmpty()) {
			log.info("{} {} output sets older than {}: {}", this.properties.dryRun() ? "Would collect" : "Collected",
					collected.size(), cutoff, collected);
		}
		return collected;
	}

}
