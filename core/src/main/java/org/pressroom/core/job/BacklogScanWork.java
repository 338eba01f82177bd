package org.pressroom.core.job;

/**
 * Implemented by the dispatcher's backlog scan; the job only names it, so that job
 * depends on no feature.
 */
public interface BacklogScanWork {

	void scanBacklog();

}
