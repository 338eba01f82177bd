/**
 * PostgreSQL LISTEN/NOTIFY as a wake-up: a loop on a dedicated session connection that runs an action on every
 * (re)connect, every notification and every poll interval, so a lost notification only delays work.
 */
package org.pressroom.core.notification;
