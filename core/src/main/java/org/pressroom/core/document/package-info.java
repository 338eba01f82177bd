/**
 * The ATBD version as Pressroom renders it: records read from APT's tables in one
 * snapshot. Rich text stays the Slate JSON tree APT stores; everything around it is
 * typed.
 */
package org.pressroom.core.document;
