/**
 * The typed document model both renderings write from, and its one reader:
 * {@link DocumentReader} parses a version's Slate JSON once into {@link Block}s and
 * {@link Inline}s and decides every APT rule there (APT's section order, empty leaves,
 * list depth, key points, link and image rules, anchors, reference numbers), so that the
 * PDF and the HTML cannot drift apart. Each writer implements the visitors, so a new node
 * type fails to compile until both handle it.
 */
package org.pressroom.worker.document;
