/**
 * The LISTEN side of change detection: one dedicated session connection that waits for
 * NOTIFY and drains the change requests, on every (re)connect and every poll interval
 * too, since a notification is only a wake-up.
 */
package org.pressroom.app.listening;
