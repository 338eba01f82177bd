/**
 * Sub-second pickup: a worker LISTENs for newly enqueued jobs and onboards them at once
 * through JobRunr's {@code OnboardNewWorkTask}, the one seam JobRunr offers; its own poll
 * stays as the fallback.
 */
package org.pressroom.worker.wakeup;
