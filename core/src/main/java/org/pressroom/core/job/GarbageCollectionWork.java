package org.pressroom.core.job;

import java.time.Instant;

/**
 * Implemented by the output garbage collector; the job only names it, so that job depends
 * on no feature.
 */
public interface GarbageCollectionWork {

	void collectGarbage(Instant now);

}
