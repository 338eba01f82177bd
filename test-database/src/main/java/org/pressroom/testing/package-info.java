/**
 * Real servers without Docker, for tests and the local run: PostgreSQL from the machine's
 * server binaries ({@link org.pressroom.testing.EmbeddedPostgres}, and per test JVM
 * {@link org.pressroom.testing.TestDatabase} with {@link org.pressroom.testing.TestTx}),
 * an in-process S3 server ({@link org.pressroom.testing.EmbeddedS3},
 * {@link org.pressroom.testing.TestS3}) and APT's fixtures
 * ({@link org.pressroom.testing.AptFixtures}). Fixtures that need Pressroom's core
 * classes are in pressroom-test-support, in this same package.
 */
package org.pressroom.testing;
