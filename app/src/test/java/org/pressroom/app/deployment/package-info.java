/**
 * How Pressroom is deployed: docker-compose.yml checked by Compose's own validator, and
 * the app and worker jars run as two processes with the environment that file gives their
 * containers.
 */
package org.pressroom.app.deployment;
