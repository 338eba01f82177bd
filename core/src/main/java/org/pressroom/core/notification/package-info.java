/**
 * PostgreSQL LISTEN/NOTIFY as a wake-up: one
 * {@link org.pressroom.core.notification.Notifier} per JVM holds the LISTEN connection
 * for all channels, and each {@link org.pressroom.core.notification.Subscriber} runs its
 * action on every notification, every (re)connect and every poll interval, so a lost
 * notification only delays work.
 */
package org.pressroom.core.notification;
