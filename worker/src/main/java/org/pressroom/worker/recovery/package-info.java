/**
 * Keeps the worker working after a database outage: JobRunr OSS stops its background
 * server for good on the first failed heartbeat, and Pressroom starts it again once the
 * database answers.
 */
package org.pressroom.worker.recovery;
