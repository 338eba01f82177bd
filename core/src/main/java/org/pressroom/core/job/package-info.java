/**
 * The JobRunr seam: job request records of plain types, their handlers (concrete, so the
 * app enqueues without worker classes; the worker supplies
 * {@link org.pressroom.core.job.RenderWork}), deterministic job ids and the one class
 * that enqueues.
 */
package org.pressroom.core.job;
