/**
 * Real infrastructure without Docker, for tests and the local run: PostgreSQL from the machine's server binaries
 * ({@link org.pressroom.testing.EmbeddedPostgres}, {@link org.pressroom.testing.TestDatabase}), an in-process S3
 * server ({@link org.pressroom.testing.EmbeddedS3}, {@link org.pressroom.testing.TestS3}) and APT's fixtures
 * ({@link org.pressroom.testing.AptFixtures}).
 */
package org.pressroom.testing;
