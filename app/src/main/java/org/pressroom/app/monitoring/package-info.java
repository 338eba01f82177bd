/**
 * The app node's view of the whole deployment for Prometheus: the change-request backlog
 * and serializations by state, read from the database.
 */
package org.pressroom.app.monitoring;
