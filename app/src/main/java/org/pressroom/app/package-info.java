/**
 * The app node: REST API for editors and the UI, the LISTEN dispatcher, and recurring-job
 * registration.
 */
package org.pressroom.app;
