/**
 * Turns durable change requests into render jobs: claim, read, checksum, record, enqueue,
 * and only then mark the request dispatched. Both the app's LISTEN loop and the worker's
 * recurring backlog scan call the same drain.
 */
package org.pressroom.core.dispatch;
