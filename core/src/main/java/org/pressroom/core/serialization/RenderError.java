package org.pressroom.core.serialization;

/**
 * One error an editor can act on: the message, and where known the generated source file,
 * its line, the offending source text and the section of the document it is in (rows
 * written before sections were recorded have none).
 */
public record RenderError(String message, String file, Integer line, String context, String section) {
}
