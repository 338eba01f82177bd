/**
 * Pressroom's shared core: what both the app node (API, listener) and the worker nodes
 * (renderers, recurring jobs) need. No web layer and no JobRunr server here.
 */
package org.pressroom.core;
