/**
 * Registers Pressroom's recurring JobRunr jobs at startup; a worker's master JobRunr
 * server runs them.
 */
package org.pressroom.app.recurring;
