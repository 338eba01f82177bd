/**
 * The JobRunr seam: job request records of plain types, the handler interfaces the worker implements (so the app
 * enqueues without worker classes), deterministic job ids and the one class that enqueues.
 */
package org.pressroom.core.job;
