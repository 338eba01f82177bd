/**
 * The worker node: a JobRunr background server running render jobs and the recurring
 * maintenance jobs.
 */
package org.pressroom.worker;
