/**
 * Pressroom's objects in APT's database: Flyway migrates schema {@code pressroom} (and
 * APT's schema only where it is absent, see {@code db/pressroom/V1}); a database laid out
 * by an earlier Pressroom is carried over first.
 */
package org.pressroom.core.schema;
